-- SPDX-License-Identifier: GPL-3.0-or-later
-- Issued documents (出具的文书): the exact PDF bytes as issued, their SHA-256
-- and the 文号 assigned in the same transaction. Rows never change.

CREATE TABLE issued_documents (
  id           INTEGER PRIMARY KEY,
  kind         TEXT    NOT NULL,
  year         INTEGER NOT NULL CHECK (year BETWEEN 1 AND 9999),
  seq          INTEGER NOT NULL CHECK (seq >= 1),
  number       TEXT    NOT NULL UNIQUE,
  record_table TEXT,
  record_id    INTEGER,
  title        TEXT    NOT NULL,
  pdf          BLOB    NOT NULL,
  sha256       TEXT    NOT NULL CHECK (length (sha256) = 64),
  issued_at    TEXT    NOT NULL,  -- ISO 8601 UTC, e.g. 2026-11-25T18:03:47Z
  issued_by    TEXT,
  UNIQUE (kind, year, seq)
);

CREATE INDEX issued_documents_record ON issued_documents (record_table, record_id);

-- The last number used per kind and year. Only a committed issue moves it,
-- so the sequence is gapless.
CREATE TABLE document_counters (
  kind     TEXT    NOT NULL,
  year     INTEGER NOT NULL,
  last_seq INTEGER NOT NULL CHECK (last_seq >= 0),
  PRIMARY KEY (kind, year)
);

CREATE TRIGGER issued_documents_no_update
BEFORE UPDATE ON issued_documents
BEGIN
  SELECT RAISE (ABORT, 'issued documents cannot be changed');
END;

CREATE TRIGGER issued_documents_no_delete
BEFORE DELETE ON issued_documents
BEGIN
  SELECT RAISE (ABORT, 'issued documents cannot be changed');
END;
