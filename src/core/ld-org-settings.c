/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-core"

#include "ld-org-settings.h"

struct _LdOrgSettings
{
  GObject parent_instance;

  char   *organisation_name;
  char   *legal_office_name;
  char   *default_signatory;
  GBytes *seal_png;
  int     review_period_days;
  char   *prefixes[LD_N_DOCUMENT_KINDS];
};

G_DEFINE_FINAL_TYPE (LdOrgSettings, ld_org_settings, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ORGANISATION_NAME,
  PROP_LEGAL_OFFICE_NAME,
  PROP_DEFAULT_SIGNATORY,
  PROP_SEAL_PNG,
  PROP_REVIEW_PERIOD_DAYS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ld_org_settings_finalize (GObject *object)
{
  LdOrgSettings *self = LD_ORG_SETTINGS (object);

  g_free (self->organisation_name);
  g_free (self->legal_office_name);
  g_free (self->default_signatory);
  g_clear_pointer (&self->seal_png, g_bytes_unref);
  for (unsigned i = 0; i < LD_N_DOCUMENT_KINDS; i++)
    g_free (self->prefixes[i]);

  G_OBJECT_CLASS (ld_org_settings_parent_class)->finalize (object);
}

static void
ld_org_settings_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  LdOrgSettings *self = LD_ORG_SETTINGS (object);

  switch (prop_id)
    {
    case PROP_ORGANISATION_NAME:
      g_value_set_string (value, self->organisation_name);
      break;
    case PROP_LEGAL_OFFICE_NAME:
      g_value_set_string (value, self->legal_office_name);
      break;
    case PROP_DEFAULT_SIGNATORY:
      g_value_set_string (value, self->default_signatory);
      break;
    case PROP_SEAL_PNG:
      g_value_set_boxed (value, self->seal_png);
      break;
    case PROP_REVIEW_PERIOD_DAYS:
      g_value_set_int (value, self->review_period_days);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ld_org_settings_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  LdOrgSettings *self = LD_ORG_SETTINGS (object);

  switch (prop_id)
    {
    case PROP_ORGANISATION_NAME:
      ld_org_settings_set_organisation_name (self, g_value_get_string (value));
      break;
    case PROP_LEGAL_OFFICE_NAME:
      ld_org_settings_set_legal_office_name (self, g_value_get_string (value));
      break;
    case PROP_DEFAULT_SIGNATORY:
      ld_org_settings_set_default_signatory (self, g_value_get_string (value));
      break;
    case PROP_SEAL_PNG:
      ld_org_settings_set_seal_png (self, g_value_get_boxed (value));
      break;
    case PROP_REVIEW_PERIOD_DAYS:
      ld_org_settings_set_review_period_days (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ld_org_settings_class_init (LdOrgSettingsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ld_org_settings_finalize;
  object_class->get_property = ld_org_settings_get_property;
  object_class->set_property = ld_org_settings_set_property;

  properties[PROP_ORGANISATION_NAME] =
    g_param_spec_string ("organisation-name", NULL, NULL, "", flags);
  properties[PROP_LEGAL_OFFICE_NAME] =
    g_param_spec_string ("legal-office-name", NULL, NULL, "", flags);
  properties[PROP_DEFAULT_SIGNATORY] =
    g_param_spec_string ("default-signatory", NULL, NULL, "", flags);
  properties[PROP_SEAL_PNG] =
    g_param_spec_boxed ("seal-png", NULL, NULL, G_TYPE_BYTES, flags);
  properties[PROP_REVIEW_PERIOD_DAYS] =
    g_param_spec_int ("review-period-days", NULL, NULL, 1, 365,
                      LD_ORG_SETTINGS_DEFAULT_REVIEW_PERIOD, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ld_org_settings_init (LdOrgSettings *self)
{
  self->organisation_name = g_strdup ("");
  self->legal_office_name = g_strdup ("");
  self->default_signatory = g_strdup ("");
  self->review_period_days = LD_ORG_SETTINGS_DEFAULT_REVIEW_PERIOD;
}

LdOrgSettings *
ld_org_settings_new (void)
{
  return g_object_new (LD_TYPE_ORG_SETTINGS, NULL);
}

/* Replaces *field with a copy of value and notifies when it really changed. */
static void
set_string (LdOrgSettings *self,
            char         **field,
            const char    *value,
            int            prop)
{
  if (value == NULL)
    value = "";
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

const char *
ld_org_settings_get_organisation_name (LdOrgSettings *self)
{
  g_return_val_if_fail (LD_IS_ORG_SETTINGS (self), NULL);
  return self->organisation_name;
}

void
ld_org_settings_set_organisation_name (LdOrgSettings *self,
                                       const char    *name)
{
  g_return_if_fail (LD_IS_ORG_SETTINGS (self));
  set_string (self, &self->organisation_name, name, PROP_ORGANISATION_NAME);
}

const char *
ld_org_settings_get_legal_office_name (LdOrgSettings *self)
{
  g_return_val_if_fail (LD_IS_ORG_SETTINGS (self), NULL);
  return self->legal_office_name;
}

void
ld_org_settings_set_legal_office_name (LdOrgSettings *self,
                                       const char    *name)
{
  g_return_if_fail (LD_IS_ORG_SETTINGS (self));
  set_string (self, &self->legal_office_name, name, PROP_LEGAL_OFFICE_NAME);
}

const char *
ld_org_settings_get_default_signatory (LdOrgSettings *self)
{
  g_return_val_if_fail (LD_IS_ORG_SETTINGS (self), NULL);
  return self->default_signatory;
}

void
ld_org_settings_set_default_signatory (LdOrgSettings *self,
                                       const char    *name)
{
  g_return_if_fail (LD_IS_ORG_SETTINGS (self));
  set_string (self, &self->default_signatory, name, PROP_DEFAULT_SIGNATORY);
}

GBytes *
ld_org_settings_get_seal_png (LdOrgSettings *self)
{
  g_return_val_if_fail (LD_IS_ORG_SETTINGS (self), NULL);
  return self->seal_png;
}

void
ld_org_settings_set_seal_png (LdOrgSettings *self,
                              GBytes        *png)
{
  g_return_if_fail (LD_IS_ORG_SETTINGS (self));

  if (self->seal_png == png ||
      (self->seal_png && png && g_bytes_equal (self->seal_png, png)))
    return;
  g_clear_pointer (&self->seal_png, g_bytes_unref);
  if (png)
    self->seal_png = g_bytes_ref (png);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEAL_PNG]);
}

int
ld_org_settings_get_review_period_days (LdOrgSettings *self)
{
  g_return_val_if_fail (LD_IS_ORG_SETTINGS (self), LD_ORG_SETTINGS_DEFAULT_REVIEW_PERIOD);
  return self->review_period_days;
}

void
ld_org_settings_set_review_period_days (LdOrgSettings *self,
                                        int            days)
{
  g_return_if_fail (LD_IS_ORG_SETTINGS (self));
  g_return_if_fail (days >= 1 && days <= 365);

  if (self->review_period_days == days)
    return;
  self->review_period_days = days;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW_PERIOD_DAYS]);
}

const char *
ld_org_settings_get_number_prefix (LdOrgSettings *self,
                                   LdDocumentKind kind)
{
  g_return_val_if_fail (LD_IS_ORG_SETTINGS (self), NULL);
  g_return_val_if_fail (kind < LD_N_DOCUMENT_KINDS, NULL);

  if (self->prefixes[kind] && *self->prefixes[kind])
    return self->prefixes[kind];
  return ld_document_kind_get_default_prefix (kind);
}

void
ld_org_settings_set_number_prefix (LdOrgSettings *self,
                                   LdDocumentKind kind,
                                   const char    *prefix)
{
  g_return_if_fail (LD_IS_ORG_SETTINGS (self));
  g_return_if_fail (kind < LD_N_DOCUMENT_KINDS);

  g_free (self->prefixes[kind]);
  self->prefixes[kind] = g_strdup (prefix);
}
