/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-ui"

#include "config.h"

#include "ld-application.h"

struct _LdApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (LdApplication, ld_application, ADW_TYPE_APPLICATION)

static void
ld_application_class_init (LdApplicationClass *klass)
{
}

static void
ld_application_init (LdApplication *self)
{
}

LdApplication *
ld_application_new (void)
{
  return g_object_new (LD_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE,
                       NULL);
}
