/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-store"

#include <sqlite3.h>

#include "ld-database.h"

G_DEFINE_QUARK (ld-store-error-quark, ld_store_error)
