/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "ld-core-error.h"

G_DEFINE_QUARK (ld-core-error-quark, ld_core_error)
