/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ld-attachment.h"
#include "ld-database.h"

G_BEGIN_DECLS

#define LD_TYPE_ATTACHMENTS_GROUP (ld_attachments_group_get_type ())
G_DECLARE_FINAL_TYPE (LdAttachmentsGroup, ld_attachments_group, LD, ATTACHMENTS_GROUP, AdwPreferencesGroup)

/*
 * LdAttachmentsGroup: the files kept in the database with one record
 * (ld-attachment-store.h), one row each ("attachment-<n>", n from 0, with
 * the buttons "open" and "remove"), and an "add-attachment" button that
 * asks for a file. Adding and removing write to the database at once;
 * removing asks first. While the record is unsaved (id 0) the group shows
 * @unsaved_text instead.
 */

GtkWidget *ld_attachments_group_new (const char *unsaved_text);
/* The record whose files to show (@database: a new reference; NULL or
 * @record_id 0: the unsaved text). Reloads the rows. */
void       ld_attachments_group_set_record (LdAttachmentsGroup *self,
                                            LdDatabase         *database,
                                            const char         *record_table,
                                            gint64              record_id);
/* Reads the rows again from the database. */
void       ld_attachments_group_reload (LdAttachmentsGroup *self);
/* Adds @file as the chooser would (read off the main thread). */
void       ld_attachments_group_add_file (LdAttachmentsGroup *self,
                                          GFile              *file);
/* The number of rows shown. */
guint      ld_attachments_group_get_n_rows (LdAttachmentsGroup *self);

/* What the group and the contract editor share about attachments: the
 * largest file kept in the database, the error refusing a larger one, and
 * the chooser ("Add Attachment", PDF, Word documents and images) over
 * @parent. */
#define LD_ATTACHMENT_MAX_SIZE (50 * 1000 * 1000)
GError               *ld_attachment_too_large_error (const char *file_name);
/* The row "attachment-<position>" of @attachment (its file name and size)
 * with the flat buttons "open" and "remove", each holding the attachment
 * as "ld-attachment" and calling @clicked (button, @owner) while @owner
 * lives. */
GtkWidget            *ld_attachment_row_new         (LdAttachment *attachment,
                                                     guint         position,
                                                     GCallback     clicked,
                                                     gpointer      owner);
GtkFileChooserNative *ld_attachment_chooser_new     (GtkWindow  *parent);

/* Reads @file for a new attachment off the main thread: its display
 * name, MIME type and bytes, refusing a file larger than
 * LD_ATTACHMENT_MAX_SIZE (ld_attachment_too_large_error()) before reading
 * it. */
void                  ld_attachment_load_async      (GFile               *file,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
/* The bytes read (@file_name and @content_type: new strings), or NULL
 * with @error set. */
GBytes               *ld_attachment_load_finish     (GFile               *file,
                                                     GAsyncResult        *result,
                                                     char               **file_name,
                                                     char               **content_type,
                                                     GError             **error);
/* The heading to show over an error of ld_attachment_load_finish(). */
const char           *ld_attachment_load_error_heading (const GError *error);

G_END_DECLS
