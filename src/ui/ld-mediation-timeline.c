/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-mediation-timeline"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-mediation-timeline.h"

struct _LdMediationTimeline
{
  AdwBin           parent_instance;

  LdDatabase      *database;
  LdMediationCase *mcase;
};

enum
{
  SIGNAL_PRINT_RECORD,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (LdMediationTimeline, ld_mediation_timeline, ADW_TYPE_BIN)

static void
ld_mediation_timeline_dispose (GObject *object)
{
  LdMediationTimeline *self = LD_MEDIATION_TIMELINE (object);

  g_clear_object (&self->mcase);
  g_clear_object (&self->database);
  G_OBJECT_CLASS (ld_mediation_timeline_parent_class)->dispose (object);
}

static void
ld_mediation_timeline_class_init (LdMediationTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ld_mediation_timeline_dispose;

  signals[SIGNAL_PRINT_RECORD] =
    g_signal_new ("print-record", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
ld_mediation_timeline_init (LdMediationTimeline *self)
{
  (void) self;
}

GtkWidget *
ld_mediation_timeline_new (void)
{
  return g_object_new (LD_TYPE_MEDIATION_TIMELINE, NULL);
}

void
ld_mediation_timeline_set_database (LdMediationTimeline *self,
                                    LdDatabase          *database)
{
  g_return_if_fail (LD_IS_MEDIATION_TIMELINE (self));

  g_set_object (&self->database, database);
}

void
ld_mediation_timeline_set_case (LdMediationTimeline *self,
                                LdMediationCase     *mcase)
{
  g_return_if_fail (LD_IS_MEDIATION_TIMELINE (self));

  g_set_object (&self->mcase, mcase);
}

void
ld_mediation_timeline_show_issues (LdMediationTimeline *self,
                                   GPtrArray           *issues)
{
  g_return_if_fail (LD_IS_MEDIATION_TIMELINE (self));

  (void) issues;
}
