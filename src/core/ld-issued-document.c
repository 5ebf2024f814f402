/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-issued-document"

#include "config.h"

#include "ld-issued-document.h"

struct _LdIssuedDocument
{
  GObject parent_instance;

  gint64          id;
  LdDocumentKind  kind;
  int             year;
  int             seq;
  char           *number;
  char           *record_table;
  gint64          record_id;
  char           *title;
  char           *sha256;
  GDateTime      *issued_at;
  char           *issued_by;
  GBytes         *pdf;
};

G_DEFINE_FINAL_TYPE (LdIssuedDocument, ld_issued_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_YEAR,
  PROP_SEQ,
  PROP_NUMBER,
  PROP_RECORD_TABLE,
  PROP_RECORD_ID,
  PROP_TITLE,
  PROP_SHA256,
  PROP_ISSUED_AT,
  PROP_ISSUED_BY,
  PROP_PDF,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ld_issued_document_finalize (GObject *object)
{
  LdIssuedDocument *self = LD_ISSUED_DOCUMENT (object);

  g_clear_pointer (&self->number, g_free);
  g_clear_pointer (&self->record_table, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->sha256, g_free);
  g_clear_pointer (&self->issued_at, g_date_time_unref);
  g_clear_pointer (&self->issued_by, g_free);
  g_clear_pointer (&self->pdf, g_bytes_unref);

  G_OBJECT_CLASS (ld_issued_document_parent_class)->finalize (object);
}

static void
ld_issued_document_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  LdIssuedDocument *self = LD_ISSUED_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;
    case PROP_SEQ:
      g_value_set_int (value, self->seq);
      break;
    case PROP_NUMBER:
      g_value_set_string (value, self->number);
      break;
    case PROP_RECORD_TABLE:
      g_value_set_string (value, self->record_table);
      break;
    case PROP_RECORD_ID:
      g_value_set_int64 (value, self->record_id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SHA256:
      g_value_set_string (value, self->sha256);
      break;
    case PROP_ISSUED_AT:
      g_value_set_boxed (value, self->issued_at);
      break;
    case PROP_ISSUED_BY:
      g_value_set_string (value, self->issued_by);
      break;
    case PROP_PDF:
      g_value_set_boxed (value, self->pdf);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ld_issued_document_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  LdIssuedDocument *self = LD_ISSUED_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_KIND:
      self->kind = g_value_get_int (value);
      break;
    case PROP_YEAR:
      self->year = g_value_get_int (value);
      break;
    case PROP_SEQ:
      self->seq = g_value_get_int (value);
      break;
    case PROP_NUMBER:
      self->number = g_value_dup_string (value);
      break;
    case PROP_RECORD_TABLE:
      self->record_table = g_value_dup_string (value);
      break;
    case PROP_RECORD_ID:
      self->record_id = g_value_get_int64 (value);
      break;
    case PROP_TITLE:
      self->title = g_value_dup_string (value);
      break;
    case PROP_SHA256:
      self->sha256 = g_value_dup_string (value);
      break;
    case PROP_ISSUED_AT:
      self->issued_at = g_value_dup_boxed (value);
      break;
    case PROP_ISSUED_BY:
      self->issued_by = g_value_dup_string (value);
      break;
    case PROP_PDF:
      self->pdf = g_value_dup_boxed (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ld_issued_document_class_init (LdIssuedDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ld_issued_document_finalize;
  object_class->get_property = ld_issued_document_get_property;
  object_class->set_property = ld_issued_document_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL, 0, LD_N_DOCUMENT_KINDS - 1, 0, flags);
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, 9999, 0, flags);
  properties[PROP_SEQ] =
    g_param_spec_int ("seq", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_NUMBER] =
    g_param_spec_string ("number", NULL, NULL, NULL, flags);
  properties[PROP_RECORD_TABLE] =
    g_param_spec_string ("record-table", NULL, NULL, NULL, flags);
  properties[PROP_RECORD_ID] =
    g_param_spec_int64 ("record-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_SHA256] =
    g_param_spec_string ("sha256", NULL, NULL, NULL, flags);
  properties[PROP_ISSUED_AT] =
    g_param_spec_boxed ("issued-at", NULL, NULL, G_TYPE_DATE_TIME, flags);
  properties[PROP_ISSUED_BY] =
    g_param_spec_string ("issued-by", NULL, NULL, NULL, flags);
  properties[PROP_PDF] =
    g_param_spec_boxed ("pdf", NULL, NULL, G_TYPE_BYTES, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ld_issued_document_init (LdIssuedDocument *self)
{
}

gint64
ld_issued_document_get_id (LdIssuedDocument *self)
{
  g_return_val_if_fail (LD_IS_ISSUED_DOCUMENT (self), 0);
  return self->id;
}

LdDocumentKind
ld_issued_document_get_kind (LdIssuedDocument *self)
{
  g_return_val_if_fail (LD_IS_ISSUED_DOCUMENT (self), 0);
  return self->kind;
}

int
ld_issued_document_get_year (LdIssuedDocument *self)
{
  g_return_val_if_fail (LD_IS_ISSUED_DOCUMENT (self), 0);
  return self->year;
}

int
ld_issued_document_get_seq (LdIssuedDocument *self)
{
  g_return_val_if_fail (LD_IS_ISSUED_DOCUMENT (self), 0);
  return self->seq;
}

const char *
ld_issued_document_get_number (LdIssuedDocument *self)
{
  g_return_val_if_fail (LD_IS_ISSUED_DOCUMENT (self), NULL);
  return self->number;
}

const char *
ld_issued_document_get_record_table (LdIssuedDocument *self)
{
  g_return_val_if_fail (LD_IS_ISSUED_DOCUMENT (self), NULL);
  return self->record_table;
}

gint64
ld_issued_document_get_record_id (LdIssuedDocument *self)
{
  g_return_val_if_fail (LD_IS_ISSUED_DOCUMENT (self), 0);
  return self->record_id;
}

const char *
ld_issued_document_get_title (LdIssuedDocument *self)
{
  g_return_val_if_fail (LD_IS_ISSUED_DOCUMENT (self), NULL);
  return self->title;
}

const char *
ld_issued_document_get_sha256 (LdIssuedDocument *self)
{
  g_return_val_if_fail (LD_IS_ISSUED_DOCUMENT (self), NULL);
  return self->sha256;
}

GDateTime *
ld_issued_document_get_issued_at (LdIssuedDocument *self)
{
  g_return_val_if_fail (LD_IS_ISSUED_DOCUMENT (self), NULL);
  return self->issued_at;
}

const char *
ld_issued_document_get_issued_by (LdIssuedDocument *self)
{
  g_return_val_if_fail (LD_IS_ISSUED_DOCUMENT (self), NULL);
  return self->issued_by;
}

GBytes *
ld_issued_document_get_pdf (LdIssuedDocument *self)
{
  g_return_val_if_fail (LD_IS_ISSUED_DOCUMENT (self), NULL);
  return self->pdf;
}
