/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ld-calendar.h"
#include "ld-database.h"
#include "ld-deadline-policy.h"
#include "ld-petition.h"
#include "ld-petition-stats.h"
#include "ld-repeat-detection.h"

G_BEGIN_DECLS

/* The petitions (信访) register: the petitions table with its history
 * (petition_events), representatives (petition_people) and repeat links
 * (petition_links). Every write is one transaction; refusals of the
 * workflow come back as its LD_CORE_ERROR, missing rows as
 * LD_STORE_ERROR_NOT_FOUND. Lists are read with LdListQuery
 * (LD_RECORD_AREA_PETITION). */

/* The table the petitions live in, the record_table of their attachments
 * and issued documents. */
#define LD_PETITION_STORE_TABLE "petitions"

/* Loads one petition with its events (history) and representatives.
 * LD_STORE_ERROR_NOT_FOUND if none. */
LdPetition       *ld_petition_store_get (LdDatabase  *db,
                                         gint64       id,
                                         GError     **error);

/* Inserts a new petition: assigns year (from the date received, else
 * today) / seq / number "信访〔YYYY〕N号", records the register step (an
 * LdPetitionEvent LD_PETITION_STEP_REGISTER dated received_on, who = @who)
 * through the workflow, computes due_on; validates (errors refuse with
 * LD_CORE_ERROR_INVALID). Sets id, number, year, seq, status, due_on and
 * the history on @petition. If @petition already holds a register event
 * (e.g. one naming the transferring organ in its unit), that event is used
 * instead of a new one. Returns the id or 0. */
gint64            ld_petition_store_insert (LdDatabase  *db,
                                            LdPetition  *petition,
                                            const char  *who,
                                            GError     **error);

/* Saves the editable fields and the representatives (not the history,
 * status, status reason or due date) of an existing petition (by id).
 * Refuses a petition that does not validate. */
gboolean          ld_petition_store_update (LdDatabase  *db,
                                            LdPetition  *petition,
                                            GError     **error);

/* Applies one workflow step (ld_petition_workflow_apply with the stored
 * policy and calendar), appends the event, updates status, status_reason
 * and due_on, in one transaction. Refusals come back as the workflow's
 * GError (LD_CORE_ERROR_TRANSITION …) and change nothing. */
gboolean          ld_petition_store_apply (LdDatabase       *db,
                                           gint64            id,
                                           LdPetitionEvent  *event,
                                           GError          **error);

/* Records the day the latest @step (reply, review decision or re-review
 * decision) was served on the petitioner, via
 * ld_petition_workflow_record_service(): saves it on that event and
 * updates due_on, in one transaction. Refusals change nothing. */
gboolean          ld_petition_store_record_service (LdDatabase      *db,
                                                    gint64           id,
                                                    LdPetitionStep   step,
                                                    const GDate     *served_on,
                                                    GError         **error);

/* Deletes a petition with its history, representatives and links. */
gboolean          ld_petition_store_delete (LdDatabase  *db,
                                            gint64       id,
                                            GError     **error);

/* Earlier petitions that may be repeats of @petition (same ID number, same
 * phone, or similar content; uses ld_repeat_detection_find() with
 * LD_REPEAT_DEFAULT_THRESHOLD on candidates fetched by index). A new array
 * of LdRepeatMatch. */
GPtrArray        *ld_petition_store_find_repeats (LdDatabase  *db,
                                                  LdPetition  *petition,
                                                  GError     **error);

/* Records that petition @id repeats @earlier_id (both must exist and
 * differ; linking twice is a no-op). */
gboolean          ld_petition_store_link_repeat (LdDatabase  *db,
                                                 gint64       id,
                                                 gint64       earlier_id,
                                                 GError     **error);

/* The ids of the earlier petitions @id was linked to as a repeat, oldest
 * first. A new GArray of gint64. */
GArray           *ld_petition_store_list_repeat_links (LdDatabase  *db,
                                                      gint64       id,
                                                      GError     **error);

/* The deadline policy and calendar kept in the settings table (defaults
 * when unset). The calendar is ld_calendar_new() (built-in data). */
LdDeadlinePolicy *ld_petition_store_load_policy (LdDatabase  *db,
                                                 GError     **error);
gboolean          ld_petition_store_save_policy (LdDatabase        *db,
                                                 LdDeadlinePolicy  *policy,
                                                 GError           **error);
LdCalendar       *ld_petition_store_load_calendar (LdDatabase  *db,
                                                   GError     **error);

/* Statistics for a year (the petitions received from 1 January to 31
 * December of @year), as of @as_of (NULL: today). */
LdPetitionStats  *ld_petition_store_compute_stats (LdDatabase   *db,
                                                   int           year,
                                                   const GDate  *as_of,
                                                   GError      **error);

G_END_DECLS
