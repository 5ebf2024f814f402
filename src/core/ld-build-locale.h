/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The catalogues of the meson build tree the running program was built in,
 * when it runs from there (a folder above the executable holds build.ninja
 * and po/), so an uninstalled build speaks the user's language too;
 * otherwise NULL and the installed LOCALEDIR applies. */
char *ld_find_build_locale_dir (void);

G_END_DECLS
