-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 1: organisation settings and the audit trail.
-- Applied in one transaction with PRAGMA user_version = 1 (no BEGIN/COMMIT here).

-- Organisation-wide settings, one row per key, so they travel with backups.
-- Values keep their SQLite type (text, integer, or BLOB for the seal image).
CREATE TABLE settings (
  key   TEXT PRIMARY KEY NOT NULL,
  value
);

-- One row per inserted, updated or deleted record of every other table,
-- written by the generated ld_audit_* triggers in the same transaction.
-- changes is a JSON object {"column": [old, new], ...}.
CREATE TABLE audit_log (
  id         INTEGER PRIMARY KEY,
  table_name TEXT NOT NULL,
  row_id     INTEGER NOT NULL,
  action     TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
  changed_at TEXT NOT NULL,                  -- ISO 8601 UTC, e.g. 2025-07-01T08:30:00.000Z
  user_name  TEXT NOT NULL DEFAULT '',
  changes    TEXT NOT NULL DEFAULT '{}'
);

CREATE INDEX audit_log_row ON audit_log (table_name, row_id);
