/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LD_TYPE_LEGAL_BASIS_PICKER (ld_legal_basis_picker_get_type ())
G_DECLARE_FINAL_TYPE (LdLegalBasisPicker, ld_legal_basis_picker, LD, LEGAL_BASIS_PICKER, GtkWidget)

/*
 * LdLegalBasisPicker: a button with a searchable list of the common legal
 * bases (ld-legal-basis.h). Choosing one emits "chosen" (const char *text)
 * with the citation and the rule ("《…》第…条规定：……"), ready to be the
 * finding's basis text.
 */
GtkWidget *ld_legal_basis_picker_new (void);

/* Chooses the entry @id as if the user had clicked it (FALSE if unknown). */
gboolean   ld_legal_basis_picker_choose (LdLegalBasisPicker *self,
                                         const char         *id);

G_END_DECLS
