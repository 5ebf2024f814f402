/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The three registers the office keeps. */
typedef enum
{
  LD_RECORD_AREA_CONTRACT,   /* 合同审查: contract_reviews */
  LD_RECORD_AREA_MEDIATION,  /* 人民调解 / 行政调解: mediation_cases */
  LD_RECORD_AREA_PETITION,   /* 信访: petitions */
  LD_N_RECORD_AREAS
} LdRecordArea;

GType ld_record_area_get_type (void) G_GNUC_CONST;
#define LD_TYPE_RECORD_AREA (ld_record_area_get_type ())

/* The status ids of @area in workflow order, NULL-terminated (static). These
 * are the values of the status column and of ld_record_summary_get_status(). */
const char * const *ld_record_area_get_statuses (LdRecordArea area);

/* The translated label of a status, e.g. "Under review"; @status itself when
 * it is not a status of @area. */
const char *ld_record_status_get_label (LdRecordArea  area,
                                        const char   *status);

/* TRUE for the statuses in which a due date runs, so a record past its due
 * date in one of them is overdue (waiting states and ends are not). */
gboolean    ld_record_status_is_open (LdRecordArea  area,
                                      const char   *status);

/* The open statuses of @area, NULL-terminated (static). */
const char * const *ld_record_area_get_open_statuses (LdRecordArea area);

#define LD_TYPE_RECORD_SUMMARY (ld_record_summary_get_type ())
G_DECLARE_FINAL_TYPE (LdRecordSummary, ld_record_summary, LD, RECORD_SUMMARY, GObject)

/* One row of a register as the lists show it. Immutable: a change to the
 * record produces a new summary. Dates are 'YYYY-MM-DD' ("" when missing). */
LdRecordSummary *ld_record_summary_new (LdRecordArea  area,
                                        gint64        id,
                                        const char   *number,
                                        const char   *title,
                                        const char   *party,
                                        const char   *status,
                                        const char   *person,
                                        const char   *received,
                                        const char   *due,
                                        gint64        amount_fen);

LdRecordArea ld_record_summary_get_area (LdRecordSummary *self);
gint64       ld_record_summary_get_id (LdRecordSummary *self);
const char  *ld_record_summary_get_number (LdRecordSummary *self);
const char  *ld_record_summary_get_title (LdRecordSummary *self);
/* The counterparty, the first applicant or the petitioner. */
const char  *ld_record_summary_get_party (LdRecordSummary *self);
/* The status id; see ld_record_summary_get_status_label() for display. */
const char  *ld_record_summary_get_status (LdRecordSummary *self);
const char  *ld_record_summary_get_status_label (LdRecordSummary *self);
/* The reviewer, the mediators or the petition's handler (承办人). */
const char  *ld_record_summary_get_person (LdRecordSummary *self);
/* Date received (petitions, contracts) or applied (mediation). */
const char  *ld_record_summary_get_received (LdRecordSummary *self);
/* The next due date, "" when nothing is due. */
const char  *ld_record_summary_get_due (LdRecordSummary *self);
/* The contract amount in fen; -1 when unknown or not a contract. */
gint64       ld_record_summary_get_amount_fen (LdRecordSummary *self);

/* Returns a new GDate (free with g_date_free) or NULL when unset. */
GDate       *ld_record_summary_dup_received_date (LdRecordSummary *self);
GDate       *ld_record_summary_dup_due_date (LdRecordSummary *self);

/* Days from @today to the due date (negative when past); FALSE when there is
 * no due date or the status is not open. */
gboolean     ld_record_summary_get_days_left (LdRecordSummary *self,
                                              const GDate     *today,
                                              int             *out_days);
/* Past its due date in an open status. */
gboolean     ld_record_summary_is_overdue (LdRecordSummary *self,
                                           const GDate     *today);

G_END_DECLS
