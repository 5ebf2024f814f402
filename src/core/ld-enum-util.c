/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-enum-util"

#include "config.h"

#include "ld-enum-util.h"

const char *
ld_enum_to_nick (GType type,
                 int   value)
{
  GEnumClass *klass = g_type_class_ref (type);
  GEnumValue *ev = g_enum_get_value (klass, value);
  const char *nick = ev != NULL ? ev->value_nick : NULL;

  /* The class of a static enum type is never freed, so the nick stays valid. */
  g_type_class_unref (klass);
  return nick;
}

gboolean
ld_enum_from_nick (GType       type,
                   const char *nick,
                   int        *out)
{
  GEnumClass *klass = g_type_class_ref (type);
  GEnumValue *ev = g_enum_get_value_by_nick (klass, nick);

  if (ev != NULL && out != NULL)
    *out = ev->value;
  g_type_class_unref (klass);
  return ev != NULL;
}
