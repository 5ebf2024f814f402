/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ld-database.h"
#include "ld-record-summary.h"

G_BEGIN_DECLS

/* Called after each batch: @done of @total records written so far. */
typedef void (*LdDemoProgress) (guint    done,
                                guint    total,
                                gpointer user_data);

/* Fills @db with @n_records realistic synthetic records in EACH register:
 * contract reviews, mediation cases (each with two or more parties, some
 * with an agent) and petitions, in every status, some overdue. Names,
 * departments, companies with valid unified social credit codes, citizen ID
 * numbers with valid check digits, mobile numbers, amounts and dates over
 * 2025–2026 come from a PRNG seeded with @seed, so the same seed gives the
 * same rows (in an empty database); numbers continue after existing ones.
 * Everything is one transaction, so a failure leaves the database as it
 * was; the per-row audit trail is not written for demo data. Organisation
 * settings that are still unset get demo values (青山镇人民政府 …). */
gboolean ld_demo_fill (LdDatabase      *db,
                       guint            n_records,
                       guint64          seed,
                       LdDemoProgress   progress_cb,
                       gpointer         user_data,
                       GError         **error);

/* The same for one register only (benchmarks fill a million petitions). */
gboolean ld_demo_fill_area (LdDatabase      *db,
                            LdRecordArea     area,
                            guint            n_records,
                            guint64          seed,
                            LdDemoProgress   progress_cb,
                            gpointer         user_data,
                            GError         **error);

/* The last day of the demo data: every date received is on or before it. */
#define LD_DEMO_ANCHOR_YEAR  2026
#define LD_DEMO_ANCHOR_MONTH 11
#define LD_DEMO_ANCHOR_DAY   20

G_END_DECLS
