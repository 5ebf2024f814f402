/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-mediation-parties-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-mediation-parties-editor.h"

struct _LdMediationPartiesEditor
{
  AdwBin           parent_instance;

  LdMediationCase *mcase;
};

G_DEFINE_FINAL_TYPE (LdMediationPartiesEditor, ld_mediation_parties_editor, ADW_TYPE_BIN)

static void
ld_mediation_parties_editor_dispose (GObject *object)
{
  LdMediationPartiesEditor *self = LD_MEDIATION_PARTIES_EDITOR (object);

  g_clear_object (&self->mcase);
  G_OBJECT_CLASS (ld_mediation_parties_editor_parent_class)->dispose (object);
}

static void
ld_mediation_parties_editor_class_init (LdMediationPartiesEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ld_mediation_parties_editor_dispose;
}

static void
ld_mediation_parties_editor_init (LdMediationPartiesEditor *self)
{
  (void) self;
}

GtkWidget *
ld_mediation_parties_editor_new (void)
{
  return g_object_new (LD_TYPE_MEDIATION_PARTIES_EDITOR, NULL);
}

void
ld_mediation_parties_editor_set_case (LdMediationPartiesEditor *self,
                                      LdMediationCase          *mcase)
{
  g_return_if_fail (LD_IS_MEDIATION_PARTIES_EDITOR (self));
  g_return_if_fail (mcase == NULL || LD_IS_MEDIATION_CASE (mcase));

  g_set_object (&self->mcase, mcase);
}

void
ld_mediation_parties_editor_show_issues (LdMediationPartiesEditor *self,
                                         GPtrArray                *issues)
{
  g_return_if_fail (LD_IS_MEDIATION_PARTIES_EDITOR (self));
  (void) issues;
}
