-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 7: mediation records (issue 5): what a case holds besides its
-- register row: the sessions (调查 / 调解), the agreement and its numbered
-- terms, the return visits, and the organisation's editable list of
-- dispute categories. The reminder periods live in the settings table
-- under "mediation.*" keys (ld_mediation_store_load_reminder_settings());
-- a missing key keeps the default.

-- A party expressly refused mediation (人民调解法 17); the +10 working days
-- of an administrative mediation were approved.
ALTER TABLE mediation_cases ADD COLUMN party_refused INTEGER NOT NULL DEFAULT 0
  CHECK (party_refused IN (0, 1));
ALTER TABLE mediation_cases ADD COLUMN extension_approved INTEGER NOT NULL DEFAULT 0
  CHECK (extension_approved IN (0, 1));

-- An organisation's legal representative or head (法定代表人 / 主要负责人).
ALTER TABLE mediation_parties ADD COLUMN representative TEXT NOT NULL DEFAULT '';

-- A party's position is its place in the case as the editor orders it
-- (applicants, respondents, agents, as entered); rows written before
-- schema 7 counted it within each role.
UPDATE mediation_parties AS p SET position = r.n
  FROM (SELECT id, row_number () OVER (
          PARTITION BY case_id
          ORDER BY CASE role WHEN 'applicant' THEN 0 WHEN 'respondent' THEN 1 ELSE 2 END,
                   position, id) - 1 AS n
        FROM mediation_parties) AS r
  WHERE r.id = p.id AND p.position != r.n;

-- The list filters by category, alone and sorted by number.
CREATE INDEX mediation_cases_category ON mediation_cases (category, year, seq);
-- The category under a status filter too (the list offers both at once).
CREATE INDEX mediation_cases_s_category ON mediation_cases (status, category, year, seq);

-- Ids and numbers are never given twice. The tables below count their ids
-- with AUTOINCREMENT; the cases and parties (schema 2) keep a note of what
-- a delete frees in mediation_retired. Otherwise SQLite gives the next new
-- row a deleted row's id, so an editor still open on a deleted case would
-- save over the new one, and undoing the delete would clash with it.
--
-- A deleted case: its id, its number (year, seq) and the highest id of its
-- parties, which the store numbers new cases and parties above
-- (ld_mediation_store_insert()); the row goes when the delete is undone.
-- WITHOUT ROWID: bookkeeping, not a record, so it is not audited.
CREATE TABLE mediation_retired (
  id           INTEGER PRIMARY KEY,
  year         INTEGER NOT NULL,
  seq          INTEGER NOT NULL,
  max_party_id INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

CREATE INDEX mediation_retired_seq ON mediation_retired (year, seq);

-- Investigations and mediation sessions, in the order entered (position).
-- Photos and evidence are attachments with record_table
-- 'mediation_sessions' and the session's id.
CREATE TABLE mediation_sessions (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  case_id      INTEGER NOT NULL REFERENCES mediation_cases (id) ON DELETE CASCADE,
  position     INTEGER NOT NULL DEFAULT 0,
  kind         TEXT    NOT NULL DEFAULT 'mediation'
    CHECK (kind IN ('investigation', 'mediation')),
  date         TEXT,
  place        TEXT    NOT NULL DEFAULT '',
  participants TEXT    NOT NULL DEFAULT '',
  recorder     TEXT    NOT NULL DEFAULT '',
  record       TEXT    NOT NULL DEFAULT ''
);

CREATE INDEX mediation_sessions_case ON mediation_sessions (case_id, position);

-- The agreement of a case (at most one) and its judicial confirmation.
CREATE TABLE mediation_agreements (
  id                      INTEGER PRIMARY KEY AUTOINCREMENT,
  case_id                 INTEGER NOT NULL UNIQUE
    REFERENCES mediation_cases (id) ON DELETE CASCADE,
  reached_on              TEXT,
  effective_on            TEXT,
  oral                    INTEGER NOT NULL DEFAULT 0 CHECK (oral IN (0, 1)),
  copies                  INTEGER NOT NULL DEFAULT 3 CHECK (copies BETWEEN 1 AND 20),
  place_of_performance    TEXT    NOT NULL DEFAULT '',
  confirmation_result     TEXT    NOT NULL DEFAULT ''
    CHECK (confirmation_result IN ('', 'pending', 'confirmed', 'rejected')),
  confirmation_applied_on TEXT,
  confirmation_decided_on TEXT,
  confirmation_court      TEXT    NOT NULL DEFAULT '',
  confirmation_note       TEXT    NOT NULL DEFAULT ''
);

-- The numbered terms (number = position + 1). case_id too, so the terms
-- of a case are found without the agreement row.
CREATE TABLE mediation_terms (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  agreement_id INTEGER NOT NULL REFERENCES mediation_agreements (id) ON DELETE CASCADE,
  case_id      INTEGER NOT NULL REFERENCES mediation_cases (id) ON DELETE CASCADE,
  position     INTEGER NOT NULL DEFAULT 0,
  content      TEXT    NOT NULL DEFAULT '',
  method       TEXT    NOT NULL DEFAULT '',
  deadline     TEXT,
  status       TEXT    NOT NULL DEFAULT 'pending'
    CHECK (status IN ('pending', 'partly', 'performed', 'not_performed')),
  performed_on TEXT,
  note         TEXT    NOT NULL DEFAULT ''
);

CREATE INDEX mediation_terms_agreement ON mediation_terms (agreement_id, position);
CREATE INDEX mediation_terms_case ON mediation_terms (case_id, position);

-- Return visits (回访), in the order entered.
CREATE TABLE mediation_visits (
  id       INTEGER PRIMARY KEY AUTOINCREMENT,
  case_id  INTEGER NOT NULL REFERENCES mediation_cases (id) ON DELETE CASCADE,
  position INTEGER NOT NULL DEFAULT 0,
  date     TEXT,
  visitor  TEXT    NOT NULL DEFAULT '',
  findings TEXT    NOT NULL DEFAULT ''
);

CREATE INDEX mediation_visits_case ON mediation_visits (case_id, position);

-- The dispute categories the organisation files cases under (DOMAIN 2.4),
-- in order. Never deleted, only retired: a case keeps its category.
CREATE TABLE dispute_categories (
  id       INTEGER PRIMARY KEY,
  name     TEXT    NOT NULL UNIQUE CHECK (trim (name) != ''),
  position INTEGER NOT NULL DEFAULT 0,
  retired  INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
);

-- The defaults of ld_dispute_categories_get_defaults(), in that order.
INSERT INTO dispute_categories (name, position) VALUES
  ('婚姻家庭', 0),
  ('邻里', 1),
  ('房屋宅基地', 2),
  ('合同', 3),
  ('生产经营', 4),
  ('损害赔偿', 5),
  ('山林土地', 6),
  ('征地拆迁', 7),
  ('环境污染', 8),
  ('劳动争议', 9),
  ('消费', 10),
  ('医疗', 11),
  ('道路交通事故', 12),
  ('物业', 13),
  ('其他', 14);

-- A deleted case takes its files, its sessions' files and its drafts with
-- it (the sessions go by ON DELETE CASCADE, whose deletes fire
-- mediation_sessions_attachments_ad too; this one also covers a bulk
-- delete with foreign keys off).
CREATE TRIGGER mediation_cases_attachments_ad AFTER DELETE ON mediation_cases
BEGIN
  DELETE FROM attachments WHERE record_table = 'mediation_cases' AND record_id = OLD.id;
  DELETE FROM attachments WHERE record_table = 'mediation_sessions' AND record_id IN
    (SELECT id FROM mediation_sessions WHERE case_id = OLD.id);
  DELETE FROM drafts WHERE kind = 'mediation' AND record_id = OLD.id;
END;

CREATE TRIGGER mediation_sessions_attachments_ad AFTER DELETE ON mediation_sessions
BEGIN
  DELETE FROM attachments WHERE record_table = 'mediation_sessions' AND record_id = OLD.id;
END;
