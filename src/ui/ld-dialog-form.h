/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The pieces of a small edit dialog: a modal window (named @name) with
 * Cancel ("<name>-cancel", closing it) and Save ("<name>-save", the
 * default widget, so Enter in an entry saves) in its header bar, Escape
 * closing it like Cancel, and a preferences page to add groups to. The
 * caller connects Save's "clicked". */
typedef struct
{
  GtkWindow          *window;
  GtkWidget          *save;
  GtkWidget          *cancel;
  AdwPreferencesPage *page;
} LdDialogForm;

void       ld_dialog_form_init (LdDialogForm *form,
                                GtkWindow    *parent,
                                const char   *name,
                                const char   *title);
/* The same in @window, an AdwWindow of the caller's (a dialog type of its
 * own), which keeps its own title, size and modality. */
void       ld_dialog_form_build (LdDialogForm *form,
                                 GtkWindow    *window,
                                 const char   *name);

/* An entry row named @name (Enter activates the default widget). */
GtkWidget *ld_dialog_form_add_entry (AdwPreferencesGroup *group,
                                     const char          *name,
                                     const char          *title,
                                     const char          *text);
/* A multi-line text view named @name under a caption @title. */
GtkWidget *ld_dialog_form_add_text (AdwPreferencesGroup *group,
                                    const char          *name,
                                    const char          *title,
                                    const char          *text);
/* The text of a text view (new string). */
char      *ld_dialog_form_get_text (GtkWidget *text_view);
/* A hidden message row after the field, its label named @name. */
GtkWidget *ld_dialog_form_add_message (AdwPreferencesGroup *group,
                                       const char          *name);
/* Shows @text (NULL hides) in the message label, marking @field as an
 * error, and allows Save only while there is none. */
void       ld_dialog_form_set_check   (LdDialogForm *form,
                                       GtkWidget    *message,
                                       GtkWidget    *field,
                                       const char   *text);
/* Reads a date entry into @date, cleared when the entry is empty; FALSE
 * (@date cleared) when the text does not parse. */
gboolean   ld_dialog_form_read_date   (GtkWidget    *entry,
                                       GDate        *date);
/* The message of the last error about @field among @issues (an array of
 * LdFieldIssue), as a new string, or NULL. */
char      *ld_dialog_form_last_error  (GPtrArray    *issues,
                                       const char   *field);

/* Ties @dialog, opened over a record editor on a part of the record the
 * editor shows (a party, a term, a session …), to that record:
 * ld_dialog_form_close_tied() on the editor closes it, as the editor does
 * when it replaces its record (Save, reload, a restored draft), so that
 * the dialog's Save cannot go into a copy the editor dropped. */
void       ld_dialog_form_tie         (GtkWindow    *dialog);
void       ld_dialog_form_close_tied  (GtkWindow    *editor);

G_END_DECLS
