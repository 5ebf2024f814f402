/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ld-attachment.h"
#include "ld-database.h"

G_BEGIN_DECLS

/* Writes the bytes of @attachment to a private folder of its own (0700,
 * the file 0600, named as the attachment) and returns the file's URI for
 * g_app_info_launch_default_for_uri_async(); NULL with @error set. */
char *ld_attachment_export_uri (LdDatabase    *database,
                                LdAttachment  *attachment,
                                GError       **error);

G_END_DECLS
