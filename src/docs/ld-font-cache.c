/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-font-cache"

#include "config.h"

#include <glib/gstdio.h>
#include <hb-ot.h>
#include <hb-subset.h>
#include <string.h>

#include "ld-font-cache.h"

/* Bump when the repertoire or the way copies are made changes. */
#define CACHE_VERSION "1"

typedef struct
{
  char *file;
  int   index;
} FaceLocation;

/* The file of the face of @family at exactly @fc_weight, if it is CFF. */
static gboolean
find_cff_face (const char   *family,
               int           fc_weight,
               FaceLocation *out)
{
  FcPattern *pattern;
  FcObjectSet *objects;
  FcFontSet *set;
  gboolean found = FALSE;

  pattern = FcPatternBuild (NULL,
                            FC_FAMILY, FcTypeString, (const FcChar8 *) family,
                            FC_WEIGHT, FcTypeInteger, fc_weight,
                            (char *) NULL);
  objects = FcObjectSetBuild (FC_FILE, FC_INDEX, FC_FONTFORMAT, (char *) NULL);
  set = FcFontList (NULL, pattern, objects);
  if (set != NULL)
    {
      for (int i = 0; i < set->nfont && !found; i++)
        {
          FcChar8 *file, *format;
          int index;

          if (FcPatternGetString (set->fonts[i], FC_FILE, 0, &file) == FcResultMatch
              && FcPatternGetInteger (set->fonts[i], FC_INDEX, 0, &index) == FcResultMatch
              && FcPatternGetString (set->fonts[i], FC_FONTFORMAT, 0, &format) == FcResultMatch
              && g_str_equal ((const char *) format, "CFF"))
            {
              out->file = g_strdup ((const char *) file);
              out->index = index;
              found = TRUE;
            }
        }
      FcFontSetDestroy (set);
    }
  FcObjectSetDestroy (objects);
  FcPatternDestroy (pattern);
  return found;
}

static void
add_range (hb_set_t *set,
           gunichar  first,
           gunichar  last)
{
  hb_set_add_range (set, first, last);
}

/* GB 2312 (every character an office document normally uses), Latin and
 * the punctuation and symbols found in official documents. */
static void
add_repertoire (hb_set_t *set)
{
  GIConv cd;

  add_range (set, 0x20, 0x7e);
  add_range (set, 0xa0, 0x24f);      /* Latin-1, Latin Extended */
  add_range (set, 0x2000, 0x206f);   /* General Punctuation: — … “ ” */
  add_range (set, 0x2100, 0x22ff);   /* letterlike, number forms Ⅰ, arrows, maths */
  add_range (set, 0x2460, 0x26ff);   /* ① ⑴ ⒈, box drawing, □ ■ ○ ★ */
  add_range (set, 0x3000, 0x30ff);   /* CJK punctuation 〔〕《》, kana */
  add_range (set, 0x3200, 0x32ff);   /* ㈠ ㊣ */
  add_range (set, 0xfe30, 0xfe4f);   /* CJK compatibility forms */
  add_range (set, 0xff00, 0xffef);   /* full-width forms */

  cd = g_iconv_open ("UTF-8", "GB2312");
  if (cd == (GIConv) -1)
    return;
  for (int hi = 0xa1; hi <= 0xf7; hi++)
    for (int lo = 0xa1; lo <= 0xfe; lo++)
      {
        char in[2] = { (char) hi, (char) lo };
        char out[8] = { 0, };
        char *inp = in, *outp = out;
        gsize in_left = 2, out_left = sizeof out - 1;

        if (g_iconv (cd, &inp, &in_left, &outp, &out_left) != (gsize) -1 && outp > out)
          hb_set_add (set, g_utf8_get_char (out));
      }
  g_iconv_close (cd);
}

static void
put16 (GByteArray *out,
       guint       value)
{
  guint8 bytes[2] = { (value >> 8) & 0xff, value & 0xff };

  g_byte_array_append (out, bytes, 2);
}

/* A 'name' table (format 0, Windows Unicode English) naming the copy. */
static hb_blob_t *
build_name_table (const char *family,
                  const char *style,
                  const char *postscript)
{
  g_autofree char *full = g_strdup_printf ("%s %s", family, style);
  const struct { guint id; const char *text; } names[] = {
    { 1, family }, { 2, style }, { 3, full }, { 4, full }, { 6, postscript },
  };
  GByteArray *table = g_byte_array_new ();
  GByteArray *strings = g_byte_array_new ();
  guint n = G_N_ELEMENTS (names);

  put16 (table, 0);
  put16 (table, n);
  put16 (table, 6 + 12 * n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree gunichar2 *utf16 = NULL;
      glong len = 0;
      guint offset = strings->len;

      utf16 = g_utf8_to_utf16 (names[i].text, -1, NULL, &len, NULL);
      for (glong k = 0; utf16 != NULL && k < len; k++)
        put16 (strings, utf16[k]);
      put16 (table, 3);      /* Windows */
      put16 (table, 1);      /* Unicode BMP */
      put16 (table, 0x409);  /* English */
      put16 (table, names[i].id);
      put16 (table, strings->len - offset);
      put16 (table, offset);
    }
  g_byte_array_append (table, strings->data, strings->len);
  g_byte_array_unref (strings);

  return hb_blob_create ((const char *) table->data, table->len, HB_MEMORY_MODE_READONLY,
                         table, (hb_destroy_func_t) g_byte_array_unref);
}

static gboolean
make_copy (const FaceLocation *source,
           const char         *family,
           int                 fc_weight,
           const char         *path)
{
  hb_blob_t *blob = hb_blob_create_from_file_or_fail (source->file);
  hb_face_t *face, *subset = NULL, *reread = NULL, *builder = NULL;
  hb_subset_input_t *input = NULL;
  hb_blob_t *subset_blob = NULL, *out = NULL;
  char postscript[128] = "";
  unsigned int ps_len = sizeof postscript;
  gboolean ok = FALSE;

  if (blob == NULL)
    return FALSE;
  face = hb_face_create (blob, source->index);
  input = hb_subset_input_create_or_fail ();
  if (input == NULL)
    goto out;
  add_repertoire (hb_subset_input_unicode_set (input));
  /* Expanded subroutines are what makes cairo's subsets small. */
  hb_subset_input_set_flags (input, HB_SUBSET_FLAGS_DESUBROUTINIZE);
  subset = hb_subset_or_fail (face, input);
  if (subset == NULL)
    goto out;

  /* Same PostScript name (the PDF names the real font), new family. */
  hb_ot_name_get_utf8 (face, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &ps_len, postscript);
  subset_blob = hb_face_reference_blob (subset);
  reread = hb_face_create (subset_blob, 0);
  builder = hb_face_builder_create ();
  {
    hb_tag_t tags[64];
    unsigned int n_tags = G_N_ELEMENTS (tags);
    g_autofree char *new_family = g_strconcat (LD_FONT_CACHE_PREFIX, family, NULL);
    hb_blob_t *name;

    hb_face_get_table_tags (reread, 0, &n_tags, tags);
    if (n_tags == 0)
      goto out;
    for (unsigned int i = 0; i < n_tags; i++)
      if (tags[i] != HB_TAG ('n', 'a', 'm', 'e'))
        {
          hb_blob_t *table = hb_face_reference_table (reread, tags[i]);

          hb_face_builder_add_table (builder, tags[i], table);
          hb_blob_destroy (table);
        }
    name = build_name_table (new_family, fc_weight >= FC_WEIGHT_BOLD ? "Bold" : "Regular",
                             *postscript != '\0' ? postscript : new_family);
    hb_face_builder_add_table (builder, HB_TAG ('n', 'a', 'm', 'e'), name);
    hb_blob_destroy (name);
  }
  out = hb_face_reference_blob (builder);
  if (hb_blob_get_length (out) > 0)
    {
      unsigned int length;
      const char *data = hb_blob_get_data (out, &length);

      /* Atomic, so that processes making the same copy at once agree. */
      ok = g_file_set_contents (path, data, length, NULL);
    }

out:
  hb_blob_destroy (out);
  hb_face_destroy (builder);
  hb_face_destroy (reread);
  hb_blob_destroy (subset_blob);
  hb_face_destroy (subset);
  if (input != NULL)
    hb_subset_input_destroy (input);
  hb_face_destroy (face);
  hb_blob_destroy (blob);
  return ok;
}

char *
ld_font_cache_ensure_copy (const char *family,
                           int         fc_weight)
{
  FaceLocation source = { NULL, 0 };
  g_autofree char *identity = NULL;
  g_autofree char *key = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  GStatBuf st;

  g_return_val_if_fail (family != NULL, NULL);

  if (g_strcmp0 (g_getenv ("LD_DOCS_FONT_CACHE"), "off") == 0)
    return NULL;
  if (!FcInit () || !find_cff_face (family, fc_weight, &source))
    return NULL;
  if (g_stat (source.file, &st) != 0)
    {
      g_free (source.file);
      return NULL;
    }

  /* A new font package or HarfBuzz makes a new copy. */
  identity = g_strdup_printf ("%s|%d|%" G_GINT64_FORMAT "|%" G_GINT64_FORMAT "|%s|%d|%s",
                              source.file, source.index, (gint64) st.st_size, (gint64) st.st_mtime,
                              hb_version_string (), fc_weight, CACHE_VERSION);
  key = g_compute_checksum_for_string (G_CHECKSUM_SHA1, identity, -1);
  dir = g_build_filename (g_get_user_cache_dir (), "legal-desk", "fonts", NULL);
  name = g_strdup_printf ("%s.otf", key);
  path = g_build_filename (dir, name, NULL);

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      if (g_mkdir_with_parents (dir, 0755) != 0 || !make_copy (&source, family, fc_weight, path))
        {
          g_debug ("No fast copy of %s (weight %d); using the full font", family, fc_weight);
          g_clear_pointer (&path, g_free);
        }
    }
  g_free (source.file);
  return g_steal_pointer (&path);
}

FcConfig *
ld_font_cache_create_config (const char * const *paths)
{
  FcConfig *config = FcInitLoadConfigAndFonts ();

  for (guint i = 0; paths != NULL && paths[i] != NULL; i++)
    if (!FcConfigAppFontAddFile (config, (const FcChar8 *) paths[i]))
      g_debug ("fontconfig refused %s", paths[i]);
  return config;
}
