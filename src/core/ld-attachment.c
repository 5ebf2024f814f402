/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-attachment"

#include "config.h"

#include "ld-attachment.h"

struct _LdAttachment
{
  GObject parent_instance;

  gint64     id;
  char      *record_table;
  gint64     record_id;
  char      *file_name;
  char      *content_type;
  gint64     size;
  char      *sha256;
  GDateTime *added_at;
};

G_DEFINE_FINAL_TYPE (LdAttachment, ld_attachment, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_RECORD_TABLE,
  PROP_RECORD_ID,
  PROP_FILE_NAME,
  PROP_CONTENT_TYPE,
  PROP_SIZE,
  PROP_SHA256,
  PROP_ADDED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ld_attachment_finalize (GObject *object)
{
  LdAttachment *self = LD_ATTACHMENT (object);

  g_clear_pointer (&self->record_table, g_free);
  g_clear_pointer (&self->file_name, g_free);
  g_clear_pointer (&self->content_type, g_free);
  g_clear_pointer (&self->sha256, g_free);
  g_clear_pointer (&self->added_at, g_date_time_unref);

  G_OBJECT_CLASS (ld_attachment_parent_class)->finalize (object);
}

static void
ld_attachment_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  LdAttachment *self = LD_ATTACHMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_RECORD_TABLE:
      g_value_set_string (value, self->record_table);
      break;
    case PROP_RECORD_ID:
      g_value_set_int64 (value, self->record_id);
      break;
    case PROP_FILE_NAME:
      g_value_set_string (value, self->file_name);
      break;
    case PROP_CONTENT_TYPE:
      g_value_set_string (value, self->content_type);
      break;
    case PROP_SIZE:
      g_value_set_int64 (value, self->size);
      break;
    case PROP_SHA256:
      g_value_set_string (value, self->sha256);
      break;
    case PROP_ADDED_AT:
      g_value_set_boxed (value, self->added_at);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ld_attachment_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  LdAttachment *self = LD_ATTACHMENT (object);

  /* Construct-only: each runs once, on a freshly zeroed instance. Strings
   * are never NULL afterwards. */
  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_RECORD_TABLE:
      self->record_table = g_strdup (g_value_get_string (value) ? g_value_get_string (value) : "");
      break;
    case PROP_RECORD_ID:
      self->record_id = g_value_get_int64 (value);
      break;
    case PROP_FILE_NAME:
      self->file_name = g_strdup (g_value_get_string (value) ? g_value_get_string (value) : "");
      break;
    case PROP_CONTENT_TYPE:
      self->content_type = g_strdup (g_value_get_string (value) ? g_value_get_string (value) : "");
      break;
    case PROP_SIZE:
      self->size = g_value_get_int64 (value);
      break;
    case PROP_SHA256:
      self->sha256 = g_strdup (g_value_get_string (value) ? g_value_get_string (value) : "");
      break;
    case PROP_ADDED_AT:
      self->added_at = g_value_dup_boxed (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ld_attachment_class_init (LdAttachmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ld_attachment_finalize;
  object_class->get_property = ld_attachment_get_property;
  object_class->set_property = ld_attachment_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_RECORD_TABLE] =
    g_param_spec_string ("record-table", NULL, NULL, "", flags);
  properties[PROP_RECORD_ID] =
    g_param_spec_int64 ("record-id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_FILE_NAME] =
    g_param_spec_string ("file-name", NULL, NULL, "", flags);
  properties[PROP_CONTENT_TYPE] =
    g_param_spec_string ("content-type", NULL, NULL, "", flags);
  properties[PROP_SIZE] =
    g_param_spec_int64 ("size", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_SHA256] =
    g_param_spec_string ("sha256", NULL, NULL, "", flags);
  properties[PROP_ADDED_AT] =
    g_param_spec_boxed ("added-at", NULL, NULL, G_TYPE_DATE_TIME, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ld_attachment_init (LdAttachment *self)
{
  (void) self;
}

LdAttachment *
ld_attachment_new (gint64      id,
                   const char *record_table,
                   gint64      record_id,
                   const char *file_name,
                   const char *content_type,
                   gint64      size,
                   const char *sha256,
                   GDateTime  *added_at)
{
  return g_object_new (LD_TYPE_ATTACHMENT,
                       "id", id,
                       "record-table", record_table,
                       "record-id", record_id,
                       "file-name", file_name,
                       "content-type", content_type,
                       "size", size,
                       "sha256", sha256,
                       "added-at", added_at,
                       NULL);
}

gint64
ld_attachment_get_id (LdAttachment *self)
{
  g_return_val_if_fail (LD_IS_ATTACHMENT (self), 0);
  return self->id;
}

const char *
ld_attachment_get_record_table (LdAttachment *self)
{
  g_return_val_if_fail (LD_IS_ATTACHMENT (self), NULL);
  return self->record_table;
}

gint64
ld_attachment_get_record_id (LdAttachment *self)
{
  g_return_val_if_fail (LD_IS_ATTACHMENT (self), 0);
  return self->record_id;
}

const char *
ld_attachment_get_file_name (LdAttachment *self)
{
  g_return_val_if_fail (LD_IS_ATTACHMENT (self), NULL);
  return self->file_name;
}

const char *
ld_attachment_get_content_type (LdAttachment *self)
{
  g_return_val_if_fail (LD_IS_ATTACHMENT (self), NULL);
  return self->content_type;
}

gint64
ld_attachment_get_size (LdAttachment *self)
{
  g_return_val_if_fail (LD_IS_ATTACHMENT (self), 0);
  return self->size;
}

const char *
ld_attachment_get_sha256 (LdAttachment *self)
{
  g_return_val_if_fail (LD_IS_ATTACHMENT (self), NULL);
  return self->sha256;
}

GDateTime *
ld_attachment_get_added_at (LdAttachment *self)
{
  g_return_val_if_fail (LD_IS_ATTACHMENT (self), NULL);
  return self->added_at;
}
