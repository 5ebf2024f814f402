/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For src/store/, its tests and benchmarks: the model's paging state. */

#include "ld-paged-model.h"

G_BEGIN_DECLS

/* TRUE once the ordered id list of the current query is in memory, so far
 * pages are read by id (the background read has finished). */
gboolean ld_paged_model_has_id_list (LdPagedModel *self);

G_END_DECLS
