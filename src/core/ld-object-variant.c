/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-object-variant"

#include "config.h"

#include "ld-chinese-date.h"
#include "ld-object-variant.h"

static gboolean
is_serialized (GParamSpec *pspec)
{
  return (pspec->flags & G_PARAM_WRITABLE) != 0;
}

static GVariant *
property_to_variant (GObject    *object,
                     GParamSpec *pspec)
{
  g_auto(GValue) value = G_VALUE_INIT;
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  g_value_init (&value, type);
  g_object_get_property (object, pspec->name, &value);

  if (type == G_TYPE_STRING)
    return g_variant_new_string (g_value_get_string (&value));
  if (type == G_TYPE_INT64)
    return g_variant_new_int64 (g_value_get_int64 (&value));
  if (type == G_TYPE_INT)
    return g_variant_new_int32 (g_value_get_int (&value));
  if (type == G_TYPE_BOOLEAN)
    return g_variant_new_boolean (g_value_get_boolean (&value));
  if (G_TYPE_IS_ENUM (type))
    {
      GEnumClass *klass = g_type_class_peek (type);
      return g_variant_new_string (g_enum_get_value (klass, g_value_get_enum (&value))->value_nick);
    }
  if (type == G_TYPE_DATE)
    {
      const GDate *date = g_value_get_boxed (&value);
      g_autofree char *iso = NULL;

      if (date == NULL)
        return NULL;
      iso = ld_chinese_date_format_iso (date);
      return g_variant_new_string (iso);
    }

  g_assert_not_reached ();
}

void
ld_object_variant_add_properties (GObject          *object,
                                  GParamSpec      **pspecs,
                                  guint             n_pspecs,
                                  GVariantBuilder  *builder)
{
  g_return_if_fail (G_IS_OBJECT (object));
  g_return_if_fail (pspecs != NULL || n_pspecs == 0);
  g_return_if_fail (builder != NULL);

  for (guint i = 0; i < n_pspecs; i++)
    {
      GVariant *v;

      if (pspecs[i] == NULL || !is_serialized (pspecs[i]))
        continue;
      v = property_to_variant (object, pspecs[i]);
      if (v != NULL)
        g_variant_builder_add (builder, "{sv}", pspecs[i]->name, v);
    }
}

gboolean
ld_object_variant_set_property (GObject              *object,
                                GParamSpec           *pspec,
                                GVariant             *v,
                                LdDraftDateParseFunc  parse_date)
{
  g_auto(GValue) value = G_VALUE_INIT;
  GType type;

  g_return_val_if_fail (G_IS_OBJECT (object), FALSE);
  g_return_val_if_fail (pspec != NULL, FALSE);
  g_return_val_if_fail (v != NULL, FALSE);
  g_return_val_if_fail (parse_date != NULL, FALSE);

  if (!is_serialized (pspec))
    return TRUE;

  type = G_PARAM_SPEC_VALUE_TYPE (pspec);
  g_value_init (&value, type);

  if (type == G_TYPE_STRING && g_variant_is_of_type (v, G_VARIANT_TYPE_STRING))
    g_value_set_string (&value, g_variant_get_string (v, NULL));
  else if (type == G_TYPE_INT64 && g_variant_is_of_type (v, G_VARIANT_TYPE_INT64))
    g_value_set_int64 (&value, g_variant_get_int64 (v));
  else if (type == G_TYPE_INT && g_variant_is_of_type (v, G_VARIANT_TYPE_INT32))
    g_value_set_int (&value, g_variant_get_int32 (v));
  else if (type == G_TYPE_BOOLEAN && g_variant_is_of_type (v, G_VARIANT_TYPE_BOOLEAN))
    g_value_set_boolean (&value, g_variant_get_boolean (v));
  else if (G_TYPE_IS_ENUM (type) && g_variant_is_of_type (v, G_VARIANT_TYPE_STRING))
    {
      GEnumClass *klass = g_type_class_peek (type);
      GEnumValue *ev = g_enum_get_value_by_nick (klass, g_variant_get_string (v, NULL));

      if (ev == NULL)
        return FALSE;
      g_value_set_enum (&value, ev->value);
    }
  else if (type == G_TYPE_DATE && g_variant_is_of_type (v, G_VARIANT_TYPE_STRING))
    {
      GDate date;

      g_date_clear (&date, 1);
      if (!parse_date (g_variant_get_string (v, NULL), &date))
        return FALSE;
      g_value_set_boxed (&value, &date);
    }
  else
    return FALSE;

  /* Out-of-range numbers would trip the setters' preconditions. */
  if (g_param_value_validate (pspec, &value))
    return FALSE;

  g_object_set_property (object, pspec->name, &value);
  return TRUE;
}
