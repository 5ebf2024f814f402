/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Money is kept exactly, as a whole number of fen (分, 0.01 yuan). */

/* The largest amount accepted: 9 999 999 999 999.99 yuan. */
#define LD_MONEY_MAX_FEN G_GINT64_CONSTANT (999999999999999)

/* Parses an amount in yuan: "1234", "1,234.5", "1234.56", "¥1,234.56",
 * "１２３４" (full-width), with an optional "¥"/"￥" before and "元" after.
 * Commas must group by three. Fails with LD_CORE_ERROR_MISSING for empty
 * text, LD_CORE_ERROR_OUT_OF_RANGE for negative or too large amounts and
 * LD_CORE_ERROR_INVALID for anything else (more than two decimals, letters). */
gboolean ld_money_parse (const char  *text,
                         gint64      *out_fen,
                         GError     **error);

/* "1,234.56"; "0.00"; a negative amount gets a leading "-". */
char    *ld_money_format (gint64 fen);

/* The amount in Chinese capitals (人民币大写) without the "人民币" prefix,
 * e.g. 140950 → "壹仟肆佰零玖元伍角", 1000 → "壹拾元整", 0 → "零元整".
 * Rules (DOMAIN.md 6.4, first form where two are allowed): 整 after 元
 * only, never after 角 or 分; one 零 for a run of zeros inside the amount;
 * a 万 or 亿 section below 1000 after a higher one takes 零; when the 元
 * digit is 0 and 角 is not, 零 comes before 角; 角 = 0 and 分 ≠ 0 always
 * takes 零 after 元; 10–19 keep their 壹 (壹拾). Below one yuan the amount
 * starts with 角 or 分 (0.50 → 伍角). @fen must be 0 … LD_MONEY_MAX_FEN. */
char    *ld_money_to_capitals (gint64 fen);

G_END_DECLS
