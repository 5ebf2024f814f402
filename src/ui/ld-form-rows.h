/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

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
/* A row with a caption @title over a multi-line text view @height pixels
 * high, returned in @text_view. */
GtkWidget *ld_form_text_row_new    (const char  *title,
                                    int          height,
                                    GtkWidget  **text_view);

G_END_DECLS
