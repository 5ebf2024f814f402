/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-mediation-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-mediation-agreement-editor.h"

struct _LdMediationAgreementEditor
{
  AdwBin           parent_instance;

  LdMediationCase *mcase;
  gboolean         terms_locked;
};

G_DEFINE_FINAL_TYPE (LdMediationAgreementEditor, ld_mediation_agreement_editor, ADW_TYPE_BIN)

static void
ld_mediation_agreement_editor_dispose (GObject *object)
{
  LdMediationAgreementEditor *self = LD_MEDIATION_AGREEMENT_EDITOR (object);

  g_clear_object (&self->mcase);
  G_OBJECT_CLASS (ld_mediation_agreement_editor_parent_class)->dispose (object);
}

static void
ld_mediation_agreement_editor_class_init (LdMediationAgreementEditorClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ld_mediation_agreement_editor_dispose;
}

static void
ld_mediation_agreement_editor_init (LdMediationAgreementEditor *self)
{
  adw_bin_set_child (ADW_BIN (self), gtk_box_new (GTK_ORIENTATION_VERTICAL, 18));
}

GtkWidget *
ld_mediation_agreement_editor_new (void)
{
  return g_object_new (LD_TYPE_MEDIATION_AGREEMENT_EDITOR, NULL);
}

void
ld_mediation_agreement_editor_set_case (LdMediationAgreementEditor *self,
                                        LdMediationCase            *mcase)
{
  g_return_if_fail (LD_IS_MEDIATION_AGREEMENT_EDITOR (self));
  g_return_if_fail (mcase == NULL || LD_IS_MEDIATION_CASE (mcase));

  g_set_object (&self->mcase, mcase);
}

void
ld_mediation_agreement_editor_set_terms_locked (LdMediationAgreementEditor *self,
                                                gboolean                    locked)
{
  g_return_if_fail (LD_IS_MEDIATION_AGREEMENT_EDITOR (self));

  self->terms_locked = !!locked;
}

void
ld_mediation_agreement_editor_show_issues (LdMediationAgreementEditor *self,
                                           GPtrArray                  *issues)
{
  g_return_if_fail (LD_IS_MEDIATION_AGREEMENT_EDITOR (self));
  (void) issues;
}
