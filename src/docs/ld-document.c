/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-document"

#include "config.h"

#include "ld-chinese-date.h"
#include "ld-document.h"

struct _LdDocument
{
  GObject    parent_instance;

  char      *title;
  char      *number;
  char      *addressee;
  GPtrArray *blocks;        /* LdBlock */
  guint      counters[4];   /* heading numbers per level */
  GPtrArray *attachments;   /* char *, NULL-terminated */
  GPtrArray *signatories;   /* char *, NULL-terminated */
  guint      year, month, day;
  GBytes    *seal_png;
  char      *copy_to;
  char      *printed_by;
  guint      printed_year, printed_month, printed_day;
};

G_DEFINE_FINAL_TYPE (LdDocument, ld_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_NUMBER,
  PROP_ADDRESSEE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
block_free (gpointer data)
{
  LdBlock *block = data;

  g_free (block->label);
  g_free (block->text);
  g_strfreev (block->cells);
  g_free (block);
}

/* Official text is one line per element: line breaks and tabs become spaces,
 * surrounding blanks go. */
static char *
normalize (const char *text)
{
  char *copy;

  if (text == NULL)
    return NULL;
  copy = g_strdup (text);
  for (char *p = copy; *p != '\0'; p++)
    if (*p == '\n' || *p == '\r' || *p == '\t')
      *p = ' ';
  g_strstrip (copy);
  if (*copy == '\0')
    g_clear_pointer (&copy, g_free);
  return copy;
}

static gboolean
replace_string (char       **field,
                const char  *value)
{
  g_autofree char *normalized = normalize (value);

  if (g_strcmp0 (*field, normalized) == 0)
    return FALSE;
  g_free (*field);
  *field = g_steal_pointer (&normalized);
  return TRUE;
}

static void
ld_document_finalize (GObject *object)
{
  LdDocument *self = (LdDocument *) object;

  g_free (self->title);
  g_free (self->number);
  g_free (self->addressee);
  g_ptr_array_unref (self->blocks);
  g_ptr_array_unref (self->attachments);
  g_ptr_array_unref (self->signatories);
  g_clear_pointer (&self->seal_png, g_bytes_unref);
  g_free (self->copy_to);
  g_free (self->printed_by);

  G_OBJECT_CLASS (ld_document_parent_class)->finalize (object);
}

static void
ld_document_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  LdDocument *self = LD_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_NUMBER:
      g_value_set_string (value, self->number);
      break;
    case PROP_ADDRESSEE:
      g_value_set_string (value, self->addressee);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ld_document_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  LdDocument *self = LD_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      ld_document_set_title (self, g_value_get_string (value));
      break;
    case PROP_NUMBER:
      ld_document_set_number (self, g_value_get_string (value));
      break;
    case PROP_ADDRESSEE:
      ld_document_set_addressee (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ld_document_class_init (LdDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ld_document_finalize;
  object_class->get_property = ld_document_get_property;
  object_class->set_property = ld_document_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NUMBER] =
    g_param_spec_string ("number", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ADDRESSEE] =
    g_param_spec_string ("addressee", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ld_document_init (LdDocument *self)
{
  self->blocks = g_ptr_array_new_with_free_func (block_free);
  self->attachments = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->attachments, NULL);
  self->signatories = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->signatories, NULL);
}

LdDocument *
ld_document_new (const char *title)
{
  return g_object_new (LD_TYPE_DOCUMENT, "title", title, NULL);
}

const char *
ld_document_get_title (LdDocument *self)
{
  g_return_val_if_fail (LD_IS_DOCUMENT (self), NULL);
  return self->title;
}

void
ld_document_set_title (LdDocument *self,
                       const char *title)
{
  g_return_if_fail (LD_IS_DOCUMENT (self));
  g_return_if_fail (title == NULL || g_utf8_validate (title, -1, NULL));

  if (replace_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
ld_document_get_number (LdDocument *self)
{
  g_return_val_if_fail (LD_IS_DOCUMENT (self), NULL);
  return self->number;
}

void
ld_document_set_number (LdDocument *self,
                        const char *number)
{
  g_return_if_fail (LD_IS_DOCUMENT (self));
  g_return_if_fail (number == NULL || g_utf8_validate (number, -1, NULL));

  if (replace_string (&self->number, number))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NUMBER]);
}

const char *
ld_document_get_addressee (LdDocument *self)
{
  g_return_val_if_fail (LD_IS_DOCUMENT (self), NULL);
  return self->addressee;
}

void
ld_document_set_addressee (LdDocument *self,
                           const char *addressee)
{
  g_autofree char *trimmed = NULL;

  g_return_if_fail (LD_IS_DOCUMENT (self));
  g_return_if_fail (addressee == NULL || g_utf8_validate (addressee, -1, NULL));

  /* The engine adds the full-width colon; accept a caller's one too. */
  trimmed = normalize (addressee);
  if (trimmed != NULL && (g_str_has_suffix (trimmed, "：") || g_str_has_suffix (trimmed, ":")))
    trimmed[strlen (trimmed) - (g_str_has_suffix (trimmed, ":") ? 1 : strlen ("："))] = '\0';

  if (replace_string (&self->addressee, trimmed))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADDRESSEE]);
}

char *
ld_format_heading_label (int   level,
                         guint n)
{
  static const char * const digits[] = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九" };
  g_autoptr(GString) numeral = g_string_new (NULL);

  g_return_val_if_fail (level >= 1 && level <= 4, NULL);
  g_return_val_if_fail (n >= 1, NULL);

  if (level == 3)
    return g_strdup_printf ("%u.", n);
  if (level == 4)
    return g_strdup_printf ("（%u）", n);

  /* Chinese numerals: 一 … 十, 十一, 二十, 二十一 … 九十九, then 一百 …. */
  if (n >= 100)
    {
      g_string_append_printf (numeral, "%s百", digits[(n / 100) % 10]);
      if (n % 100 != 0 && n % 100 < 10)
        g_string_append (numeral, "零");
      n %= 100;
      if (n >= 10 && n < 20)
        g_string_append (numeral, "一");
    }
  if (n >= 10)
    {
      if (n >= 20)
        g_string_append (numeral, digits[n / 10]);
      g_string_append (numeral, "十");
      n %= 10;
    }
  if (n > 0)
    g_string_append (numeral, digits[n]);

  if (level == 1)
    return g_strdup_printf ("%s、", numeral->str);
  return g_strdup_printf ("（%s）", numeral->str);
}

void
ld_document_add_heading (LdDocument *self,
                         int         level,
                         const char *text)
{
  LdBlock *block;

  g_return_if_fail (LD_IS_DOCUMENT (self));
  g_return_if_fail (level >= 1 && level <= 4);
  g_return_if_fail (text != NULL && g_utf8_validate (text, -1, NULL));

  self->counters[level - 1]++;
  for (int i = level; i < 4; i++)
    self->counters[i] = 0;

  block = g_new0 (LdBlock, 1);
  block->kind = LD_BLOCK_HEADING;
  block->level = level;
  block->label = ld_format_heading_label (level, self->counters[level - 1]);
  block->text = normalize (text);
  if (block->text == NULL)
    block->text = g_strdup ("");
  g_ptr_array_add (self->blocks, block);
}

void
ld_document_add_unnumbered_heading (LdDocument *self,
                                    int         level,
                                    const char *text)
{
  LdBlock *block;

  g_return_if_fail (LD_IS_DOCUMENT (self));
  g_return_if_fail (level >= 1 && level <= 4);
  g_return_if_fail (text != NULL && g_utf8_validate (text, -1, NULL));

  block = g_new0 (LdBlock, 1);
  block->kind = LD_BLOCK_HEADING;
  block->level = level;
  block->label = g_strdup ("");
  block->text = normalize (text);
  if (block->text == NULL)
    block->text = g_strdup ("");
  g_ptr_array_add (self->blocks, block);
}

static void
add_paragraphs (LdDocument *self,
                const char *text,
                gboolean    flush)
{
  g_auto(GStrv) lines = NULL;

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = normalize (lines[i]);
      LdBlock *block;

      if (line == NULL)
        continue;
      block = g_new0 (LdBlock, 1);
      block->kind = LD_BLOCK_PARAGRAPH;
      block->text = g_steal_pointer (&line);
      block->flush = flush;
      g_ptr_array_add (self->blocks, block);
    }
}

void
ld_document_add_paragraph (LdDocument *self,
                           const char *text)
{
  g_return_if_fail (LD_IS_DOCUMENT (self));
  g_return_if_fail (text != NULL && g_utf8_validate (text, -1, NULL));

  add_paragraphs (self, text, FALSE);
}

void
ld_document_add_flush_paragraph (LdDocument *self,
                                 const char *text)
{
  g_return_if_fail (LD_IS_DOCUMENT (self));
  g_return_if_fail (text != NULL && g_utf8_validate (text, -1, NULL));

  add_paragraphs (self, text, TRUE);
}

static void
add_table (LdDocument         *self,
           guint               n_rows,
           guint               n_columns,
           const char * const *cells,
           gboolean            unruled)
{
  LdBlock *block;

  g_return_if_fail (n_rows > 0 && n_columns > 0 && n_columns <= 16);
  g_return_if_fail (cells != NULL);
  for (guint i = 0; i < n_rows * n_columns; i++)
    g_return_if_fail (cells[i] == NULL || g_utf8_validate (cells[i], -1, NULL));

  block = g_new0 (LdBlock, 1);
  block->kind = LD_BLOCK_TABLE;
  block->n_rows = n_rows;
  block->n_columns = n_columns;
  block->unruled = unruled;
  block->cells = g_new0 (char *, n_rows * n_columns + 1);
  for (guint i = 0; i < n_rows * n_columns; i++)
    {
      block->cells[i] = normalize (cells[i]);
      if (block->cells[i] == NULL)
        block->cells[i] = g_strdup ("");
    }
  g_ptr_array_add (self->blocks, block);
}

void
ld_document_add_table (LdDocument         *self,
                       guint               n_rows,
                       guint               n_columns,
                       const char * const *cells)
{
  g_return_if_fail (LD_IS_DOCUMENT (self));
  add_table (self, n_rows, n_columns, cells, FALSE);
}

void
ld_document_add_unruled_table (LdDocument         *self,
                               guint               n_rows,
                               guint               n_columns,
                               const char * const *cells)
{
  g_return_if_fail (LD_IS_DOCUMENT (self));
  add_table (self, n_rows, n_columns, cells, TRUE);
}

void
ld_document_keep_with_previous (LdDocument *self)
{
  LdBlock *block;

  g_return_if_fail (LD_IS_DOCUMENT (self));
  g_return_if_fail (self->blocks->len > 0);

  block = g_ptr_array_index (self->blocks, self->blocks->len - 1);
  block->keep_with_previous = TRUE;
}

guint
ld_document_get_n_blocks (LdDocument *self)
{
  g_return_val_if_fail (LD_IS_DOCUMENT (self), 0);
  return self->blocks->len;
}

const LdBlock *
ld_document_get_block (LdDocument *self,
                       guint       index)
{
  g_return_val_if_fail (LD_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (index < self->blocks->len, NULL);
  return g_ptr_array_index (self->blocks, index);
}

static void
append_to_list (GPtrArray  *list,
                const char *text)
{
  char *normalized = normalize (text);

  if (normalized == NULL)
    return;
  /* Keep the trailing NULL so the array reads as a strv. */
  g_ptr_array_insert (list, list->len - 1, normalized);
}

void
ld_document_add_attachment (LdDocument *self,
                            const char *name)
{
  g_return_if_fail (LD_IS_DOCUMENT (self));
  g_return_if_fail (name != NULL && g_utf8_validate (name, -1, NULL));
  append_to_list (self->attachments, name);
}

const char * const *
ld_document_get_attachments (LdDocument *self)
{
  g_return_val_if_fail (LD_IS_DOCUMENT (self), NULL);
  return (const char * const *) self->attachments->pdata;
}

void
ld_document_add_signatory (LdDocument *self,
                           const char *organisation)
{
  g_return_if_fail (LD_IS_DOCUMENT (self));
  g_return_if_fail (organisation != NULL && g_utf8_validate (organisation, -1, NULL));
  append_to_list (self->signatories, organisation);
}

const char * const *
ld_document_get_signatories (LdDocument *self)
{
  g_return_val_if_fail (LD_IS_DOCUMENT (self), NULL);
  return (const char * const *) self->signatories->pdata;
}

gboolean
ld_document_set_date (LdDocument *self,
                      guint       year,
                      guint       month,
                      guint       day)
{
  g_return_val_if_fail (LD_IS_DOCUMENT (self), FALSE);

  if (year == 0)
    {
      self->year = self->month = self->day = 0;
      return TRUE;
    }
  if (year > 9999 || !g_date_valid_dmy (day, month, year))
    return FALSE;
  self->year = year;
  self->month = month;
  self->day = day;
  return TRUE;
}

char *
ld_format_chinese_date (guint year,
                        guint month,
                        guint day)
{
  g_autoptr(GDate) date = NULL;

  g_return_val_if_fail (g_date_valid_dmy (day, month, year), NULL);

  /* One spelling of dates for the whole application: the core's. */
  date = g_date_new_dmy (day, month, year);
  return ld_chinese_date_format (date);
}

char *
ld_document_dup_date_text (LdDocument *self)
{
  g_return_val_if_fail (LD_IS_DOCUMENT (self), NULL);

  if (self->year == 0)
    return NULL;
  return ld_format_chinese_date (self->year, self->month, self->day);
}

void
ld_document_set_seal_png (LdDocument *self,
                          GBytes     *png)
{
  g_return_if_fail (LD_IS_DOCUMENT (self));

  if (png != NULL)
    g_bytes_ref (png);
  g_clear_pointer (&self->seal_png, g_bytes_unref);
  self->seal_png = png;
}

GBytes *
ld_document_get_seal_png (LdDocument *self)
{
  g_return_val_if_fail (LD_IS_DOCUMENT (self), NULL);
  return self->seal_png;
}

void
ld_document_set_copy_to (LdDocument *self,
                         const char *copy_to)
{
  g_return_if_fail (LD_IS_DOCUMENT (self));
  g_return_if_fail (copy_to == NULL || g_utf8_validate (copy_to, -1, NULL));
  replace_string (&self->copy_to, copy_to);
}

const char *
ld_document_get_copy_to (LdDocument *self)
{
  g_return_val_if_fail (LD_IS_DOCUMENT (self), NULL);
  return self->copy_to;
}

gboolean
ld_document_set_printed_by (LdDocument *self,
                            const char *organisation,
                            guint       year,
                            guint       month,
                            guint       day)
{
  g_return_val_if_fail (LD_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (organisation == NULL || g_utf8_validate (organisation, -1, NULL), FALSE);

  if (organisation == NULL)
    {
      g_clear_pointer (&self->printed_by, g_free);
      self->printed_year = self->printed_month = self->printed_day = 0;
      return TRUE;
    }
  if (year > 9999 || !g_date_valid_dmy (day, month, year))
    return FALSE;
  replace_string (&self->printed_by, organisation);
  self->printed_year = year;
  self->printed_month = month;
  self->printed_day = day;
  return TRUE;
}

const char *
ld_document_get_printed_by (LdDocument *self)
{
  g_return_val_if_fail (LD_IS_DOCUMENT (self), NULL);
  return self->printed_by;
}

char *
ld_document_dup_printed_date_text (LdDocument *self)
{
  g_autofree char *date = NULL;

  g_return_val_if_fail (LD_IS_DOCUMENT (self), NULL);

  if (self->printed_by == NULL)
    return NULL;
  date = ld_format_chinese_date (self->printed_year, self->printed_month, self->printed_day);
  return g_strconcat (date, "印发", NULL);
}

char *
ld_document_to_text (LdDocument *self)
{
  GString *out;
  g_autofree char *date = NULL;
  g_autofree char *printed = NULL;
  guint n_attachments;

  g_return_val_if_fail (LD_IS_DOCUMENT (self), NULL);

  out = g_string_new (NULL);
  if (self->title != NULL)
    g_string_append_printf (out, "%s\n", self->title);
  if (self->number != NULL)
    g_string_append_printf (out, "%s\n", self->number);
  if (self->addressee != NULL)
    g_string_append_printf (out, "%s：\n", self->addressee);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      const LdBlock *block = g_ptr_array_index (self->blocks, i);

      switch (block->kind)
        {
        case LD_BLOCK_HEADING:
          g_string_append_printf (out, "%s%s\n", block->label, block->text);
          break;
        case LD_BLOCK_PARAGRAPH:
          g_string_append_printf (out, "%s\n", block->text);
          break;
        case LD_BLOCK_TABLE:
          for (guint r = 0; r < block->n_rows; r++)
            for (guint c = 0; c < block->n_columns; c++)
              g_string_append_printf (out, "%s%c", block->cells[r * block->n_columns + c],
                                      c + 1 == block->n_columns ? '\n' : '\t');
          break;
        default:
          g_assert_not_reached ();
        }
    }

  n_attachments = self->attachments->len - 1;
  for (guint i = 0; i < n_attachments; i++)
    {
      const char *name = g_ptr_array_index (self->attachments, i);

      if (n_attachments == 1)
        g_string_append_printf (out, "附件：%s\n", name);
      else
        g_string_append_printf (out, "%s%u.%s\n", i == 0 ? "附件：" : "", i + 1, name);
    }

  for (guint i = 0; i + 1 < self->signatories->len; i++)
    g_string_append_printf (out, "%s\n", (const char *) g_ptr_array_index (self->signatories, i));
  date = ld_document_dup_date_text (self);
  if (date != NULL)
    g_string_append_printf (out, "%s\n", date);

  if (self->copy_to != NULL)
    g_string_append_printf (out, "抄送：%s\n", self->copy_to);
  printed = ld_document_dup_printed_date_text (self);
  if (printed != NULL)
    g_string_append_printf (out, "%s\t%s\n", self->printed_by, printed);

  return g_string_free (out, FALSE);
}
