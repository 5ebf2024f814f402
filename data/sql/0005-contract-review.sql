-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 5: the contract review itself (issue 4): the conclusion, the
-- checklist results and the findings of a review; files attached to a
-- record of any register; and editor drafts that survive a crash.

-- The conclusion: an id of LdContractConclusion ('' while not reached).
ALTER TABLE contract_reviews ADD COLUMN conclusion TEXT NOT NULL DEFAULT ''
  CHECK (conclusion IN ('', 'agree', 'agree_after_revision', 'do_not_sign'));
ALTER TABLE contract_reviews ADD COLUMN conclusion_reasons TEXT NOT NULL DEFAULT '';

-- One row per checklist point that has a result or a note (a point without
-- a row is unchecked). A rowid table with its own id, because the audit
-- triggers are generated for rowid tables only.
CREATE TABLE contract_checklist (
  id        INTEGER PRIMARY KEY,
  review_id INTEGER NOT NULL REFERENCES contract_reviews (id) ON DELETE CASCADE,
  point_id  TEXT    NOT NULL,
  result    TEXT    NOT NULL DEFAULT 'unchecked'
    CHECK (result IN ('unchecked', 'pass', 'problem', 'not_applicable')),
  note      TEXT    NOT NULL DEFAULT '',
  UNIQUE (review_id, point_id)
);

-- The findings written by hand, in the letter's order (position).
CREATE TABLE contract_findings (
  id              INTEGER PRIMARY KEY,
  review_id       INTEGER NOT NULL REFERENCES contract_reviews (id) ON DELETE CASCADE,
  position        INTEGER NOT NULL DEFAULT 0,
  clause          TEXT    NOT NULL DEFAULT '',
  problem         TEXT    NOT NULL DEFAULT '',
  suggestion      TEXT    NOT NULL DEFAULT '',
  basis           TEXT    NOT NULL DEFAULT '',
  -- The checklist point it came from, '' when written by hand.
  checklist_point TEXT    NOT NULL DEFAULT ''
);

CREATE INDEX contract_findings_review ON contract_findings (review_id, position);

-- Files kept with a record of any register (record_table names the
-- register's table), so they travel with backups. Polymorphic, hence no
-- foreign key: the registers' delete triggers remove them.
CREATE TABLE attachments (
  id           INTEGER PRIMARY KEY,
  record_table TEXT    NOT NULL,
  record_id    INTEGER NOT NULL,
  file_name    TEXT    NOT NULL,
  content_type TEXT    NOT NULL DEFAULT 'application/octet-stream',
  size         INTEGER NOT NULL CHECK (size >= 0),
  sha256       TEXT    NOT NULL CHECK (length (sha256) = 64),
  data         BLOB    NOT NULL,
  added_at     TEXT    NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE INDEX attachments_record ON attachments (record_table, record_id);

-- Unsaved editor state, one per editor kind and record (record_id 0: a new
-- record). WITHOUT ROWID: it is bookkeeping like register_counts, not a
-- record, and an audit row for every autosave would flood the trail.
CREATE TABLE drafts (
  kind       TEXT    NOT NULL,
  record_id  INTEGER NOT NULL,
  data       BLOB    NOT NULL,
  updated_at TEXT    NOT NULL,
  PRIMARY KEY (kind, record_id)
) WITHOUT ROWID;

-- A deleted review takes its files and drafts with it.
CREATE TRIGGER contract_reviews_attachments_ad AFTER DELETE ON contract_reviews
BEGIN
  DELETE FROM attachments WHERE record_table = 'contract_reviews' AND record_id = OLD.id;
  DELETE FROM drafts WHERE kind = 'contract_review' AND record_id = OLD.id;
END;
