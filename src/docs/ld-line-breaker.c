/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-line-breaker"

#include "config.h"

#include <stdlib.h>

#include "ld-line-breaker.h"

/* Characters that must not start a line (行首禁则), full- and half-width. */
static const char closing_chars[] =
  "，。、；：？！）》」』】〕〉］｝〗〙’”…—‥～·％‰．｡､ー々〻ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
  ",.;:?!)]}";
/* Characters that must not end a line (行尾禁则). */
static const char opening_chars[] = "（《「『【〔〈［｛〖〘‘“([{";
/* Closing marks whose ink sits in the left half of the em box. */
static const char squeezable_chars[] = "，。、；：？！）》」』】〕〉］｝〗〙’”．";

typedef struct
{
  gunichar *chars;
  gsize     n;
} CharSet;

static int
compare_unichar (gconstpointer a,
                 gconstpointer b)
{
  gunichar x = *(const gunichar *) a, y = *(const gunichar *) b;

  return (x > y) - (x < y);
}

static void
char_set_init (CharSet    *set,
               const char *chars)
{
  glong n = 0;

  set->chars = g_utf8_to_ucs4_fast (chars, -1, &n);
  set->n = n;
  qsort (set->chars, set->n, sizeof (gunichar), compare_unichar);
}

/* Looked up for every character of every line: sorted, searched in halves. */
static gboolean
char_set_contains (const CharSet *set,
                   gunichar       c)
{
  return bsearch (&c, set->chars, set->n, sizeof (gunichar), compare_unichar) != NULL;
}

static CharSet closing_set, opening_set, squeezable_set;

static void
init_sets (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      char_set_init (&closing_set, closing_chars);
      char_set_init (&opening_set, opening_chars);
      char_set_init (&squeezable_set, squeezable_chars);
      g_once_init_leave (&done, 1);
    }
}

LdCharClass
ld_char_class (gunichar c)
{
  if (c == ' ' || c == '\t' || c == 0x3000)
    return LD_CHAR_CLASS_SPACE;
  /* Ideographs are most of the text and never special. */
  if (c >= 0x4e00 && c <= 0x9fff)
    return LD_CHAR_CLASS_NORMAL;
  init_sets ();
  if (char_set_contains (&closing_set, c))
    return LD_CHAR_CLASS_CLOSING;
  if (char_set_contains (&opening_set, c))
    return LD_CHAR_CLASS_OPENING;
  if (c < 0x7f && g_ascii_isgraph ((char) c))
    return LD_CHAR_CLASS_WORD;
  if (g_unichar_isalnum (c) && !g_unichar_iswide (c) && c < 0x2e80)
    return LD_CHAR_CLASS_WORD;
  return LD_CHAR_CLASS_NORMAL;
}

gboolean
ld_char_is_squeezable (gunichar c)
{
  init_sets ();
  return char_set_contains (&squeezable_set, c);
}

typedef struct
{
  const char      *text;
  const LdCluster *clusters;
  guint            n;
} Para;

static gunichar
cluster_char (const Para *p,
              guint       i)
{
  return g_utf8_get_char (p->text + p->clusters[i].offset);
}

static LdCharClass
cluster_class (const Para *p,
               guint       i)
{
  return ld_char_class (cluster_char (p, i));
}

static gboolean
is_ascii_graph (gunichar c)
{
  return c < 0x7f && g_ascii_isgraph ((char) c);
}

/* Whether a line may end before cluster @b (the line starting at @s). */
static gboolean
break_allowed (const Para *p,
               guint       s,
               guint       b)
{
  gunichar before, after;
  LdCharClass cb, ca;

  g_assert (b > 0 && b < p->n);

  if (b <= s)
    return FALSE;

  before = cluster_char (p, b - 1);
  after = cluster_char (p, b);
  cb = ld_char_class (before);
  ca = ld_char_class (after);

  if (ca == LD_CHAR_CLASS_SPACE)
    return TRUE;
  if (ca == LD_CHAR_CLASS_CLOSING)
    return FALSE;
  if (cb == LD_CHAR_CLASS_OPENING)
    return FALSE;
  /* Latin words, numbers, "GB/T", "9704-2012", "3.5" stay whole. */
  if (is_ascii_graph (before) && is_ascii_graph (after))
    return FALSE;
  if (cb == LD_CHAR_CLASS_WORD && ca == LD_CHAR_CLASS_WORD)
    return FALSE;
  /* Dashes and ellipses come in inseparable pairs: —— …… */
  if (before == after && (before == 0x2014 || before == 0x2026))
    return FALSE;
  return TRUE;
}

/* The natural width of clusters [s, e) without trailing spaces; also
 * returns in @n_out how many clusters remain once those are dropped. */
static int
span_width (const Para *p,
            guint       s,
            guint       e,
            guint      *n_out)
{
  int width = 0;

  while (e > s && cluster_class (p, e - 1) == LD_CHAR_CLASS_SPACE)
    e--;
  for (guint i = s; i < e; i++)
    width += p->clusters[i].width;
  if (n_out != NULL)
    *n_out = e - s;
  return width;
}

static void
append_line (GArray     *lines,
             const Para *p,
             guint       s,
             guint       e)
{
  LdLineSpan line = { 0, };

  line.first = s;
  line.width = span_width (p, s, e, &line.n);
  line.last = (e >= p->n);
  g_array_append_val (lines, line);
}

/* Where the line starting at @s ends (exclusive), for a line @cap wide. */
static guint
find_break (const Para *p,
            guint       s,
            int         cap,
            int         max_overflow)
{
  guint e = s;
  int width = 0;

  /* Greedy fill; spaces at the end do not count. */
  while (e < p->n)
    {
      int w = p->clusters[e].width;

      if (cluster_class (p, e) != LD_CHAR_CLASS_SPACE && width + w > cap && e > s)
        break;
      width += w;
      e++;
    }

  if (e >= p->n)
    return p->n;

  if (break_allowed (p, s, e))
    return e;

  /* The characters before the break are pulled down (a line of 27 spaces
   * out more evenly than 29 squeezed ones)… */
  for (guint b = e - 1; b > s; b--)
    if (break_allowed (p, s, b))
      return b;

  /* …or, where that is impossible, a lone closing mark is pushed in and
   * squeezed (标点挤压). */
  if (cluster_class (p, e) == LD_CHAR_CLASS_CLOSING
      && span_width (p, s, e + 1, NULL) - cap <= max_overflow
      && (e + 1 >= p->n || break_allowed (p, s, e + 1)))
    return e + 1;

  /* Nothing allowed (a run longer than the line): break where it overflows. */
  return MAX (e, s + 1);
}

GArray *
ld_line_breaker_break (const char      *text,
                       const LdCluster *clusters,
                       guint            n_clusters,
                       int              first_width,
                       int              line_width,
                       int              max_overflow)
{
  Para p = { text, clusters, n_clusters };
  GArray *lines = g_array_new (FALSE, TRUE, sizeof (LdLineSpan));
  guint s = 0;

  g_return_val_if_fail (text != NULL, lines);
  g_return_val_if_fail (n_clusters == 0 || clusters != NULL, lines);

  /* Leading spaces of the paragraph are not set. */
  while (s < n_clusters && cluster_class (&p, s) == LD_CHAR_CLASS_SPACE)
    s++;

  while (s < n_clusters)
    {
      int cap = lines->len == 0 ? first_width : line_width;
      guint e = find_break (&p, s, cap, max_overflow);

      append_line (lines, &p, s, e);
      s = e;
      while (s < n_clusters && cluster_class (&p, s) == LD_CHAR_CLASS_SPACE)
        s++;
    }

  if (lines->len > 0)
    g_array_index (lines, LdLineSpan, lines->len - 1).last = TRUE;

  return lines;
}

/* Breaks into lines aiming at an equal share of what is left for each of the
 * @n_lines lines, @slack wider than that share at most. */
static GArray *
break_evenly (const Para *p,
              guint       n_lines,
              int         slack,
              int         line_width)
{
  GArray *lines = g_array_new (FALSE, TRUE, sizeof (LdLineSpan));
  guint s = 0;

  while (s < p->n)
    {
      guint left = n_lines > lines->len ? n_lines - lines->len : 1;
      int share = (span_width (p, s, p->n, NULL) + (int) left - 1) / (int) left;
      guint e = find_break (p, s, MIN (share + slack, line_width), 0);

      append_line (lines, p, s, e);
      s = e;
      while (s < p->n && cluster_class (p, s) == LD_CHAR_CLASS_SPACE)
        s++;
    }
  if (lines->len > 0)
    g_array_index (lines, LdLineSpan, lines->len - 1).last = TRUE;
  return lines;
}

GArray *
ld_line_breaker_break_balanced (const char      *text,
                                const LdCluster *clusters,
                                guint            n_clusters,
                                int              line_width)
{
  Para p = { text, clusters, n_clusters };
  GArray *greedy;
  guint n_lines;

  greedy = ld_line_breaker_break (text, clusters, n_clusters, line_width, line_width, 0);
  n_lines = greedy->len;
  if (n_lines < 2)
    return greedy;

  /* As many lines as the measure needs, each as close to an equal share as
   * the line-breaking rules allow (a trapezoid or diamond, not a full line
   * over a stub). The smallest slack that needs no extra line wins. */
  for (int slack = 0; slack < line_width; slack += MAX (1, line_width / 200))
    {
      GArray *lines = break_evenly (&p, n_lines, slack, line_width);

      if (lines->len <= n_lines && g_array_index (lines, LdLineSpan, lines->len - 1).n >= 2)
        {
          g_array_unref (greedy);
          return lines;
        }
      g_array_unref (lines);
    }

  return greedy;
}

GArray *
ld_line_breaker_grid_clusters (const char *text,
                               int         full_width,
                               int         half_width)
{
  GArray *clusters = g_array_new (FALSE, TRUE, sizeof (LdCluster));

  g_return_val_if_fail (text != NULL, clusters);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      LdCluster cluster;

      cluster.offset = p - text;
      cluster.length = g_utf8_next_char (p) - p;
      cluster.width = g_unichar_iswide_cjk (c) ? full_width : half_width;
      g_array_append_val (clusters, cluster);
    }

  return clusters;
}
