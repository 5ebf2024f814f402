/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ld-field-issue.h"

G_BEGIN_DECLS

/* Rows the record editors and the small edit dialogs (ld-dialog-form.h)
 * build their forms from. */

/* A hidden row of its own for a field's message, to go right under the
 * field so that it reads as part of it and wraps at the group's width: a
 * caption label named @name, returned in @label. */
GtkWidget *ld_form_message_row_new (const char  *name,
                                    GtkLabel   **label);
/* Shows @text in @label and its @message_row (NULL hides them), styled
 * @style: "error" and "warning" mark @field (if any) too, "dim-label"
 * only the message. */
void       ld_form_show_message    (GtkWidget   *message_row,
                                    GtkLabel    *label,
                                    GtkWidget   *field,
                                    const char  *text,
                                    const char  *style);
/* What a date field whose text is not a date says under it. */
const char *ld_form_bad_date_message (void);
/* Shows what a record editor has to say under @field, as
 * ld_form_show_message() does: that its text is not a date (@bad_date),
 * else @issue (or NULL) when it is a warning or @show_errors (the user
 * touched the field, or the record is stored), else nothing. Returns
 * whether a message is shown. */
gboolean   ld_form_show_issue      (GtkWidget          *message_row,
                                    GtkLabel           *label,
                                    GtkWidget          *field,
                                    gboolean            bad_date,
                                    const LdFieldIssue *issue,
                                    gboolean            show_errors);
/* A row with a caption @title over a multi-line text view @height pixels
 * high, returned in @text_view. */
GtkWidget *ld_form_text_row_new    (const char  *title,
                                    int          height,
                                    GtkWidget  **text_view);

G_END_DECLS
