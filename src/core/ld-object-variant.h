/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The scalar properties of a record object as entries of an a{sv} draft,
 * written generically from their GParamSpecs so a property added later is
 * saved without more code. Shared by ld-contract-review.c and
 * ld-petition.c. Values: strings, int (int32), int64, boolean, enums as
 * their nicks and GDate as ISO 8601 text. */

/* Reads a date string of a draft into @out; FALSE if it is no date. */
typedef gboolean (*LdDraftDateParseFunc) (const char *text,
                                          GDate      *out);

/* Adds every writable property of @pspecs (NULL entries skipped) to
 * @builder, an a{sv} builder, keyed by its name. An unset date is left
 * out. A property of another type is a programming error. */
void     ld_object_variant_add_properties (GObject          *object,
                                           GParamSpec      **pspecs,
                                           guint             n_pspecs,
                                           GVariantBuilder  *builder);

/* Sets @pspec's property of @object from @v. A read-only property is
 * skipped (TRUE). Returns FALSE, leaving @object alone, when @v has the
 * wrong type, names no value of the enum, is no date for @parse_date or is
 * out of the property's range. */
gboolean ld_object_variant_set_property   (GObject              *object,
                                           GParamSpec           *pspec,
                                           GVariant             *v,
                                           LdDraftDateParseFunc  parse_date);

G_END_DECLS
