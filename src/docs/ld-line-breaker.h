/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How a character behaves at a line break (Chinese 禁则). */
typedef enum
{
  LD_CHAR_CLASS_NORMAL,   /* ideographs and the like: a break may fall on either side */
  LD_CHAR_CLASS_CLOSING,  /* ，。）》… : must not start a line */
  LD_CHAR_CLASS_OPENING,  /* （《“… : must not end a line */
  LD_CHAR_CLASS_WORD,     /* Latin letters and digits: runs of them are never split */
  LD_CHAR_CLASS_SPACE,    /* a break opportunity that vanishes at the break */
} LdCharClass;

LdCharClass ld_char_class          (gunichar c);
/* Full-width closing punctuation whose glyph fills only the left half of the
 * em box, so its advance may be halved at a line end (标点挤压). */
gboolean    ld_char_is_squeezable  (gunichar c);

/* One unbreakable unit of the text (usually one character). */
typedef struct
{
  guint offset;   /* byte offset into the text */
  guint length;   /* bytes */
  int   width;    /* natural advance, in any unit used consistently */
} LdCluster;

/* One line of a broken paragraph. */
typedef struct
{
  guint    first;   /* index of the first cluster */
  guint    n;       /* clusters on the line, trailing spaces excluded */
  int      width;   /* natural width of those clusters */
  gboolean last;    /* the paragraph's last line: set ragged, not justified */
} LdLineSpan;

/* Breaks @text (described by @clusters) into lines at most @line_width wide,
 * the first line at most @first_width. Where a line would start with closing
 * punctuation or end with opening punctuation, characters are pulled down to
 * the next line; only where that is impossible is a lone closing mark pushed
 * in, if the overflow is at most @max_overflow (the renderer then squeezes
 * it). Runs of Latin letters and digits stay whole. Returns
 * an array of LdLineSpan (empty for empty text). */
GArray     *ld_line_breaker_break           (const char      *text,
                                             const LdCluster *clusters,
                                             guint            n_clusters,
                                             int              first_width,
                                             int              line_width,
                                             int              max_overflow);

/* Like ld_line_breaker_break() without indent, but for titles: uses as few
 * lines as fit @line_width and makes them as equal in length as possible,
 * never leaving a single character alone on the last line. */
GArray     *ld_line_breaker_break_balanced  (const char      *text,
                                             const LdCluster *clusters,
                                             guint            n_clusters,
                                             int              line_width);

/* Clusters of one character each, @full_width wide for characters of East
 * Asian width (ambiguous ones included, as in CJK fonts) and @half_width
 * for the others (a grid model used by tests and
 * for quick estimates). */
GArray     *ld_line_breaker_grid_clusters   (const char      *text,
                                             int              full_width,
                                             int              half_width);

G_END_DECLS
