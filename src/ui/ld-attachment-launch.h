/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ld-attachment.h"
#include "ld-database.h"

G_BEGIN_DECLS

/* Opening an attachment hands a copy of its bytes to another application.
 * The copies (ID-card scans, contracts) are kept only while Legal Desk
 * runs: in a private folder (0700) of this run,
 * $XDG_RUNTIME_DIR/legal-desk/attachments-<pid> (the user's cache folder
 * when XDG_RUNTIME_DIR is not set), which ld_attachment_exports_remove()
 * removes when the application shuts down, and
 * ld_attachment_exports_remove_stale() removes, at start-up, what earlier
 * runs that did not shut down cleanly left behind. */

/* Writes the bytes of @attachment to a folder of its own (0700, the file
 * 0600, named as the attachment) in this run's folder and returns the
 * file's URI for g_app_info_launch_default_for_uri_async(); NULL with
 * @error set. */
char *ld_attachment_export_uri           (LdDatabase    *database,
                                          LdAttachment  *attachment,
                                          GError       **error);
/* The folder of this run's copies (new string; it may not exist yet). */
char *ld_attachment_exports_get_dir      (void);
/* Removes this run's folder and all in it. */
void  ld_attachment_exports_remove       (void);
/* Removes the folders of earlier runs whose process is gone. */
void  ld_attachment_exports_remove_stale (void);

G_END_DECLS
