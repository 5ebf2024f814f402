/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define LD_CORE_ERROR (ld_core_error_quark ())

/* Errors raised by the domain layer: validation and workflow rules. */
typedef enum
{
  LD_CORE_ERROR_INVALID,          /* a value is malformed (bad ID number, amount …) */
  LD_CORE_ERROR_OUT_OF_RANGE,     /* a value is well formed but outside what is allowed */
  LD_CORE_ERROR_MISSING,          /* a required value is empty */
  LD_CORE_ERROR_TRANSITION,       /* a workflow step is not allowed from the current state */
} LdCoreError;

GQuark ld_core_error_quark (void);

G_END_DECLS
