/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ld-document-kind.h"

G_BEGIN_DECLS

#define LD_TYPE_ORG_SETTINGS (ld_org_settings_get_type ())
G_DECLARE_FINAL_TYPE (LdOrgSettings, ld_org_settings, LD, ORG_SETTINGS, GObject)

/* The organisation-wide settings (organisation name, 文号 prefixes,
 * signatory, seal, review period). They live in the database so they travel
 * with backups; the store loads and saves this object. */

#define LD_ORG_SETTINGS_DEFAULT_REVIEW_PERIOD 5

LdOrgSettings *ld_org_settings_new (void);

const char *ld_org_settings_get_organisation_name (LdOrgSettings *self);
void        ld_org_settings_set_organisation_name (LdOrgSettings *self, const char *name);
const char *ld_org_settings_get_legal_office_name (LdOrgSettings *self);
void        ld_org_settings_set_legal_office_name (LdOrgSettings *self, const char *name);
const char *ld_org_settings_get_default_signatory (LdOrgSettings *self);
void        ld_org_settings_set_default_signatory (LdOrgSettings *self, const char *name);
/* PNG bytes of the seal image, or NULL when none is set. */
GBytes     *ld_org_settings_get_seal_png (LdOrgSettings *self);
void        ld_org_settings_set_seal_png (LdOrgSettings *self, GBytes *png);
/* The contract review period in working days. */
int         ld_org_settings_get_review_period_days (LdOrgSettings *self);
void        ld_org_settings_set_review_period_days (LdOrgSettings *self, int days);
/* The 文号 prefix (代字) for a kind; the kind's default when unset. */
const char *ld_org_settings_get_number_prefix (LdOrgSettings *self, LdDocumentKind kind);
void        ld_org_settings_set_number_prefix (LdOrgSettings *self, LdDocumentKind kind, const char *prefix);

G_END_DECLS
