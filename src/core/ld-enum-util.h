/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The string ids of the registers' enumerations are their GEnum nicks, so
 * the store, the command line and GObject property bindings all speak the
 * same strings. These helpers are shared by ld-contract-enums.c,
 * ld-petition-enums.c and ld-deadline-policy.c. */

/* The nick of @value, NULL if @type has no such value. The class of a
 * static enum type is never freed, so the string stays valid. */
const char *ld_enum_to_nick (GType type,
                             int   value);
/* Sets *@out (if not NULL) to the value whose nick is @nick; returns FALSE
 * and leaves *@out alone if there is none. */
gboolean    ld_enum_from_nick (GType       type,
                               const char *nick,
                               int        *out);

/* One value's label (English source, translated on lookup) and the Chinese
 * text a document prints for it. */
typedef struct
{
  const char *label;
  const char *letter_text;
} LdEnumText;

/* Defines type_to_id() and type_from_id() for the enumeration Type, whose
 * values run from 0 to @n_values - 1. A macro rather than a function so
 * the criticals keep the calling file's log domain. */
#define LD_DEFINE_ENUM_ID_FUNCS(Type, type, n_values)                   \
  const char *                                                          \
  type##_to_id (Type value)                                             \
  {                                                                     \
    g_return_val_if_fail ((unsigned) value < (n_values), NULL);         \
    return ld_enum_to_nick (type##_get_type (), value);                 \
  }                                                                     \
                                                                        \
  gboolean                                                              \
  type##_from_id (const char *id,                                       \
                  Type       *out)                                      \
  {                                                                     \
    int value;                                                          \
                                                                        \
    g_return_val_if_fail (id != NULL, FALSE);                           \
    if (!ld_enum_from_nick (type##_get_type (), id, &value))            \
      return FALSE;                                                     \
    if (out != NULL)                                                    \
      *out = value;                                                     \
    return TRUE;                                                        \
  }

/* Defines type_get_label() and type_get_letter_text() over @texts, an
 * LdEnumText array indexed by value. The file that uses it includes
 * <glib/gi18n-lib.h>. */
#define LD_DEFINE_ENUM_TEXT_FUNCS(Type, type, n_values, texts)          \
  const char *                                                          \
  type##_get_label (Type value)                                         \
  {                                                                     \
    g_return_val_if_fail ((unsigned) value < (n_values), NULL);         \
    return _(texts[value].label);                                       \
  }                                                                     \
                                                                        \
  const char *                                                          \
  type##_get_letter_text (Type value)                                   \
  {                                                                     \
    g_return_val_if_fail ((unsigned) value < (n_values), NULL);         \
    return texts[value].letter_text;                                    \
  }

G_END_DECLS
