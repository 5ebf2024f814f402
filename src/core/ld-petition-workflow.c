/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-petition-workflow"

#include "config.h"

#include <glib.h>
