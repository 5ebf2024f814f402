/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ld-petition.h"

G_BEGIN_DECLS

/* Repeat petitions (重复信访): on save, earlier petitions from the same
 * person or with near-identical content are shown and may be linked. The
 * store picks the candidates cheaply (the ID number and phone indexes, a
 * full-text query on the content); this decides which are repeats and why. */

typedef enum /*< flags >*/
{
  LD_REPEAT_REASON_NONE = 0,
  LD_REPEAT_REASON_SAME_ID_NUMBER = 1 << 0,    /* a petitioner or representative in common */
  LD_REPEAT_REASON_SAME_PHONE = 1 << 1,        /* likewise, by the normalised phone */
  LD_REPEAT_REASON_SIMILAR_CONTENT = 1 << 2,   /* content similarity at or above the threshold */
} LdRepeatReason;

GType ld_repeat_reason_get_type (void) G_GNUC_CONST;
#define LD_TYPE_REPEAT_REASON (ld_repeat_reason_get_type ())

/* The threshold the issue suggests: 0.8 of the character bigrams shared. */
#define LD_REPEAT_DEFAULT_THRESHOLD 0.8

typedef struct
{
  LdPetition     *candidate;   /* a reference */
  LdRepeatReason  reasons;
  double          similarity;  /* of the contents, 0 … 1, whatever the reasons */
} LdRepeatMatch;

void ld_repeat_match_free (LdRepeatMatch *match);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LdRepeatMatch, ld_repeat_match_free)

/* The repeats of @petition among @candidates (an array of LdPetition;
 * @petition itself and a candidate with the same non-zero id are skipped),
 * most reasons first, then the most similar, then the latest received. A
 * new array of LdRepeatMatch, freed with it. ID numbers compare in their
 * 18-digit form (a legacy 15-digit number matches its 18-digit successor),
 * phones normalised (ld_phone_normalize()); texts that do not parse as
 * either are compared as typed, without spaces. */
GPtrArray  *ld_repeat_detection_find (LdPetition *petition,
                                      GPtrArray  *candidates,
                                      double      threshold);

/* The text the similarity is computed on: full-width forms made ASCII,
 * lower case, only letters and digits kept (Chinese characters are
 * letters), so punctuation, spaces and line breaks do not count. */
char       *ld_repeat_detection_normalize_text (const char *text);

/* The Jaccard similarity of the character bigram sets of the normalised
 * texts (|A ∩ B| ÷ |A ∪ B|), 0 … 1. A text of one character compares as
 * itself; an empty text is similar to nothing (0). */
double      ld_repeat_detection_similarity (const char *a,
                                            const char *b);

/* The 18-digit form of a valid ID number (a legacy 15-digit one is
 * converted: "19" inserted, check digit added), or NULL when invalid. */
char       *ld_repeat_detection_normalize_id_number (const char *text);

/* A translated list of the reasons, e.g. "same ID number, similar content". */
char       *ld_repeat_reason_describe (LdRepeatReason reasons);

G_END_DECLS
