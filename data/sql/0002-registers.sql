-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- The three registers: contract reviews, mediation cases (with their
-- parties) and petitions. The area issues add their own columns and child
-- tables later; what every list needs (number, title, party, person, dates,
-- status) is here now, with an index behind every sort column of the lists,
-- alone and under the status filter, so a million rows page as fast as a
-- hundred (see src/store/ld-paged-model.c, which builds its ORDER BY clauses
-- to match these indexes exactly).
--
-- Conventions: dates are TEXT 'YYYY-MM-DD'; timestamps TEXT ISO 8601 UTC;
-- money is INTEGER fen (exact); enumerations are TEXT ids checked here and
-- labelled in src/core/ld-record-summary.c; a missing date is NULL, a missing
-- text ''. number is the display number (unique), year + seq its parts.
--
-- status_rank (a virtual generated column) orders the statuses as the
-- workflow runs, so sorting by status reads sensibly and uses an index.
-- "(due_on IS NULL), due_on" sorts records without a due date last.

-- Contract legality review (合同合法性审查).
CREATE TABLE contract_reviews (
  id                          INTEGER PRIMARY KEY,
  number                      TEXT    NOT NULL UNIQUE,
  year                        INTEGER NOT NULL,
  seq                         INTEGER NOT NULL CHECK (seq > 0),
  title                       TEXT    NOT NULL DEFAULT '',
  kind                        TEXT    NOT NULL DEFAULT 'other'
    CHECK (kind IN ('procurement', 'lease', 'construction', 'service', 'sale',
                    'loan', 'cooperation', 'land_contracting', 'other')),
  submitting_department       TEXT    NOT NULL DEFAULT '',
  handler                     TEXT    NOT NULL DEFAULT '',
  handler_contact             TEXT    NOT NULL DEFAULT '',
  counterparty_name           TEXT    NOT NULL DEFAULT '',
  counterparty_credit_code    TEXT    NOT NULL DEFAULT '',
  counterparty_representative TEXT    NOT NULL DEFAULT '',
  counterparty_address        TEXT    NOT NULL DEFAULT '',
  counterparty_contact        TEXT    NOT NULL DEFAULT '',
  amount_fen                  INTEGER CHECK (amount_fen IS NULL OR amount_fen >= 0),
  term_start                  TEXT,
  term_end                    TEXT,
  funding_source              TEXT    NOT NULL DEFAULT '',
  procurement_method          TEXT    NOT NULL DEFAULT 'not_applicable'
    CHECK (procurement_method IN ('public_tender', 'invitation',
                                  'competitive_negotiation',
                                  'competitive_consultation', 'single_source',
                                  'inquiry', 'not_applicable')),
  received_on                 TEXT    NOT NULL,
  due_on                      TEXT,
  reviewer                    TEXT    NOT NULL DEFAULT '',
  status                      TEXT    NOT NULL DEFAULT 'received'
    CHECK (status IN ('received', 'under_review', 'returned', 'opinion_issued',
                      'signed', 'archived')),
  -- What is missing when returned for supplementation.
  status_reason               TEXT    NOT NULL DEFAULT '',
  created_at                  TEXT    NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated_at                  TEXT    NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')),
  status_rank                 INTEGER GENERATED ALWAYS AS (
    CASE status
      WHEN 'received' THEN 0 WHEN 'under_review' THEN 1 WHEN 'returned' THEN 2
      WHEN 'opinion_issued' THEN 3 WHEN 'signed' THEN 4 WHEN 'archived' THEN 5
    END) VIRTUAL,
  UNIQUE (year, seq),
  CHECK (term_end IS NULL OR term_start IS NULL OR term_end >= term_start)
);

CREATE INDEX contract_reviews_title ON contract_reviews (title);
CREATE INDEX contract_reviews_party ON contract_reviews (counterparty_name);
CREATE INDEX contract_reviews_amount ON contract_reviews (amount_fen);
CREATE INDEX contract_reviews_person ON contract_reviews (reviewer);
CREATE INDEX contract_reviews_received ON contract_reviews (received_on);
CREATE INDEX contract_reviews_due ON contract_reviews ((due_on IS NULL), due_on);
CREATE INDEX contract_reviews_status_rank ON contract_reviews (status_rank);
CREATE INDEX contract_reviews_s_number ON contract_reviews (status, year, seq);
CREATE INDEX contract_reviews_s_title ON contract_reviews (status, title);
CREATE INDEX contract_reviews_s_party ON contract_reviews (status, counterparty_name);
CREATE INDEX contract_reviews_s_amount ON contract_reviews (status, amount_fen);
CREATE INDEX contract_reviews_s_person ON contract_reviews (status, reviewer);
CREATE INDEX contract_reviews_s_received ON contract_reviews (status, received_on);
CREATE INDEX contract_reviews_s_due ON contract_reviews (status, (due_on IS NULL), due_on);

-- People's and administrative mediation (人民调解 / 行政调解).
CREATE TABLE mediation_cases (
  id              INTEGER PRIMARY KEY,
  number          TEXT    NOT NULL UNIQUE,
  year            INTEGER NOT NULL,
  seq             INTEGER NOT NULL CHECK (seq > 0),
  kind            TEXT    NOT NULL DEFAULT 'people'
    CHECK (kind IN ('people', 'administrative')),
  source          TEXT    NOT NULL DEFAULT 'application'
    CHECK (source IN ('application', 'initiative', 'court', 'police',
                      'petition_office', 'other_body')),
  -- A dispute category name from the user-editable list (DOMAIN 2.4).
  category        TEXT    NOT NULL DEFAULT '',
  -- The brief description of the dispute.
  title           TEXT    NOT NULL DEFAULT '',
  facts           TEXT    NOT NULL DEFAULT '',
  claims          TEXT    NOT NULL DEFAULT '',
  committee       TEXT    NOT NULL DEFAULT '',
  -- Mediators' names separated by '、', the one in charge first.
  mediators       TEXT    NOT NULL DEFAULT '',
  applied_on      TEXT    NOT NULL,
  accepted_on     TEXT,
  -- The next due date (target period, performance, return visit), kept by
  -- the mediation workflow; NULL when nothing is due.
  due_on          TEXT,
  status          TEXT    NOT NULL DEFAULT 'applied'
    CHECK (status IN ('applied', 'accepted', 'not_accepted', 'investigating',
                      'mediating', 'agreement_reached', 'failed', 'terminated',
                      'performed', 'return_visit_done', 'archived')),
  -- Why not accepted, failed or terminated.
  status_reason   TEXT    NOT NULL DEFAULT '',
  -- Kept by the triggers on mediation_parties, for lists, sorting and search.
  first_applicant TEXT    NOT NULL DEFAULT '',
  party_names     TEXT    NOT NULL DEFAULT '',
  created_at      TEXT    NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated_at      TEXT    NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')),
  status_rank     INTEGER GENERATED ALWAYS AS (
    CASE status
      WHEN 'applied' THEN 0 WHEN 'accepted' THEN 1 WHEN 'not_accepted' THEN 2
      WHEN 'investigating' THEN 3 WHEN 'mediating' THEN 4
      WHEN 'agreement_reached' THEN 5 WHEN 'failed' THEN 6
      WHEN 'terminated' THEN 7 WHEN 'performed' THEN 8
      WHEN 'return_visit_done' THEN 9 WHEN 'archived' THEN 10
    END) VIRTUAL,
  UNIQUE (year, seq)
);

CREATE INDEX mediation_cases_title ON mediation_cases (title);
CREATE INDEX mediation_cases_party ON mediation_cases (first_applicant);
CREATE INDEX mediation_cases_person ON mediation_cases (mediators);
CREATE INDEX mediation_cases_received ON mediation_cases (applied_on);
CREATE INDEX mediation_cases_due ON mediation_cases ((due_on IS NULL), due_on);
CREATE INDEX mediation_cases_status_rank ON mediation_cases (status_rank);
CREATE INDEX mediation_cases_s_number ON mediation_cases (status, year, seq);
CREATE INDEX mediation_cases_s_title ON mediation_cases (status, title);
CREATE INDEX mediation_cases_s_party ON mediation_cases (status, first_applicant);
CREATE INDEX mediation_cases_s_person ON mediation_cases (status, mediators);
CREATE INDEX mediation_cases_s_received ON mediation_cases (status, applied_on);
CREATE INDEX mediation_cases_s_due ON mediation_cases (status, (due_on IS NULL), due_on);

CREATE TABLE mediation_parties (
  id            INTEGER PRIMARY KEY,
  case_id       INTEGER NOT NULL REFERENCES mediation_cases (id) ON DELETE CASCADE,
  role          TEXT    NOT NULL CHECK (role IN ('applicant', 'respondent', 'agent')),
  -- Order within the case (applicants, then respondents, as entered).
  position      INTEGER NOT NULL DEFAULT 0,
  person_or_org TEXT    NOT NULL DEFAULT 'person'
    CHECK (person_or_org IN ('person', 'organisation')),
  name          TEXT    NOT NULL,
  -- A citizen ID number for a person, a credit code for an organisation.
  id_number     TEXT    NOT NULL DEFAULT '',
  gender        TEXT    NOT NULL DEFAULT '' CHECK (gender IN ('', 'male', 'female')),
  birth_date    TEXT,
  ethnicity     TEXT    NOT NULL DEFAULT '',
  occupation    TEXT    NOT NULL DEFAULT '',
  phone         TEXT    NOT NULL DEFAULT '',
  address       TEXT    NOT NULL DEFAULT '',
  -- For an agent: the party represented.
  represents_id INTEGER REFERENCES mediation_parties (id) ON DELETE SET NULL
);

CREATE INDEX mediation_parties_case ON mediation_parties (case_id, role, position);
CREATE INDEX mediation_parties_represents ON mediation_parties (represents_id);
CREATE INDEX mediation_parties_id_number ON mediation_parties (id_number) WHERE id_number != '';

CREATE TRIGGER mediation_parties_names_ai AFTER INSERT ON mediation_parties
BEGIN
  UPDATE mediation_cases SET
    first_applicant = coalesce ((SELECT name FROM mediation_parties
                                 WHERE case_id = NEW.case_id AND role = 'applicant'
                                 ORDER BY position, id LIMIT 1), ''),
    party_names = coalesce ((SELECT group_concat (name, '、') FROM
                               (SELECT name FROM mediation_parties
                                WHERE case_id = NEW.case_id AND role != 'agent'
                                ORDER BY role, position, id)), '')
  WHERE id = NEW.case_id;
END;

CREATE TRIGGER mediation_parties_names_ad AFTER DELETE ON mediation_parties
BEGIN
  UPDATE mediation_cases SET
    first_applicant = coalesce ((SELECT name FROM mediation_parties
                                 WHERE case_id = OLD.case_id AND role = 'applicant'
                                 ORDER BY position, id LIMIT 1), ''),
    party_names = coalesce ((SELECT group_concat (name, '、') FROM
                               (SELECT name FROM mediation_parties
                                WHERE case_id = OLD.case_id AND role != 'agent'
                                ORDER BY role, position, id)), '')
  WHERE id = OLD.case_id;
END;

CREATE TRIGGER mediation_parties_names_au
AFTER UPDATE OF case_id, role, position, name ON mediation_parties
BEGIN
  UPDATE mediation_cases SET
    first_applicant = coalesce ((SELECT name FROM mediation_parties
                                 WHERE case_id = mediation_cases.id AND role = 'applicant'
                                 ORDER BY position, id LIMIT 1), ''),
    party_names = coalesce ((SELECT group_concat (name, '、') FROM
                               (SELECT name FROM mediation_parties
                                WHERE case_id = mediation_cases.id AND role != 'agent'
                                ORDER BY role, position, id)), '')
  WHERE id IN (OLD.case_id, NEW.case_id);
END;

-- Petitions (信访), under the 信访工作条例 (2022).
CREATE TABLE petitions (
  id                   INTEGER PRIMARY KEY,
  number               TEXT    NOT NULL UNIQUE,
  year                 INTEGER NOT NULL,
  seq                  INTEGER NOT NULL CHECK (seq > 0),
  channel              TEXT    NOT NULL DEFAULT 'letter'
    CHECK (channel IN ('letter', 'visit', 'online', 'phone', 'other')),
  received_on          TEXT    NOT NULL,
  petitioner_name      TEXT    NOT NULL DEFAULT '',
  petitioner_id_number TEXT    NOT NULL DEFAULT '',
  petitioner_phone     TEXT    NOT NULL DEFAULT '',
  petitioner_address   TEXT    NOT NULL DEFAULT '',
  people_count         INTEGER NOT NULL DEFAULT 1 CHECK (people_count >= 1),
  is_group             INTEGER NOT NULL DEFAULT 0 CHECK (is_group IN (0, 1)),
  -- 建议意见类 / 检举控告类 / 申诉求决类 (条例 Art 29–31).
  type                 TEXT    NOT NULL DEFAULT 'appeal'
    CHECK (type IN ('suggestion', 'accusation', 'appeal')),
  category             TEXT    NOT NULL DEFAULT '',
  -- The subject.
  title                TEXT    NOT NULL DEFAULT '',
  content              TEXT    NOT NULL DEFAULT '',
  demands              TEXT    NOT NULL DEFAULT '',
  department_concerned TEXT    NOT NULL DEFAULT '',
  urgency              TEXT    NOT NULL DEFAULT 'normal'
    CHECK (urgency IN ('normal', 'urgent', 'very_urgent')),
  -- The member of staff in charge (承办人).
  handler              TEXT    NOT NULL DEFAULT '',
  status               TEXT    NOT NULL DEFAULT 'registered'
    CHECK (status IN ('registered', 'accepted', 'not_accepted', 'diverted',
                      'assigned', 'handling', 'extended', 'replied',
                      'review_requested', 'reviewed', 'rereview_requested',
                      'rereviewed', 'closed')),
  status_reason        TEXT    NOT NULL DEFAULT '',
  -- The next statutory deadline, kept by the petition workflow; NULL when
  -- nothing is running.
  due_on               TEXT,
  created_at           TEXT    NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated_at           TEXT    NOT NULL DEFAULT (strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')),
  status_rank          INTEGER GENERATED ALWAYS AS (
    CASE status
      WHEN 'registered' THEN 0 WHEN 'accepted' THEN 1 WHEN 'not_accepted' THEN 2
      WHEN 'diverted' THEN 3 WHEN 'assigned' THEN 4 WHEN 'handling' THEN 5
      WHEN 'extended' THEN 6 WHEN 'replied' THEN 7 WHEN 'review_requested' THEN 8
      WHEN 'reviewed' THEN 9 WHEN 'rereview_requested' THEN 10
      WHEN 'rereviewed' THEN 11 WHEN 'closed' THEN 12
    END) VIRTUAL,
  UNIQUE (year, seq)
);

CREATE INDEX petitions_title ON petitions (title);
CREATE INDEX petitions_party ON petitions (petitioner_name);
CREATE INDEX petitions_person ON petitions (handler);
CREATE INDEX petitions_received ON petitions (received_on);
CREATE INDEX petitions_due ON petitions ((due_on IS NULL), due_on);
CREATE INDEX petitions_status_rank ON petitions (status_rank);
CREATE INDEX petitions_s_number ON petitions (status, year, seq);
CREATE INDEX petitions_s_title ON petitions (status, title);
CREATE INDEX petitions_s_party ON petitions (status, petitioner_name);
CREATE INDEX petitions_s_person ON petitions (status, handler);
CREATE INDEX petitions_s_received ON petitions (status, received_on);
CREATE INDEX petitions_s_due ON petitions (status, (due_on IS NULL), due_on);
-- Repeat detection (issue: same ID number or phone).
CREATE INDEX petitions_id_number ON petitions (petitioner_id_number) WHERE petitioner_id_number != '';
CREATE INDEX petitions_phone ON petitions (petitioner_phone) WHERE petitioner_phone != '';

-- Full-text search: trigram FTS5 tables over the base tables (external
-- content), kept in sync by triggers. Trigrams match any substring of three
-- or more characters, which suits Chinese text without word breaking;
-- shorter search terms fall back to LIKE in the list query.
CREATE VIRTUAL TABLE contract_reviews_fts USING fts5 (
  number, title, counterparty_name, submitting_department,
  content = 'contract_reviews', content_rowid = 'id', tokenize = 'trigram');

CREATE TRIGGER contract_reviews_fts_ai AFTER INSERT ON contract_reviews
BEGIN
  INSERT INTO contract_reviews_fts (rowid, number, title, counterparty_name, submitting_department)
  VALUES (NEW.id, NEW.number, NEW.title, NEW.counterparty_name, NEW.submitting_department);
END;
CREATE TRIGGER contract_reviews_fts_ad AFTER DELETE ON contract_reviews
BEGIN
  INSERT INTO contract_reviews_fts (contract_reviews_fts, rowid, number, title, counterparty_name, submitting_department)
  VALUES ('delete', OLD.id, OLD.number, OLD.title, OLD.counterparty_name, OLD.submitting_department);
END;
CREATE TRIGGER contract_reviews_fts_au
AFTER UPDATE OF number, title, counterparty_name, submitting_department ON contract_reviews
BEGIN
  INSERT INTO contract_reviews_fts (contract_reviews_fts, rowid, number, title, counterparty_name, submitting_department)
  VALUES ('delete', OLD.id, OLD.number, OLD.title, OLD.counterparty_name, OLD.submitting_department);
  INSERT INTO contract_reviews_fts (rowid, number, title, counterparty_name, submitting_department)
  VALUES (NEW.id, NEW.number, NEW.title, NEW.counterparty_name, NEW.submitting_department);
END;

CREATE VIRTUAL TABLE mediation_cases_fts USING fts5 (
  number, title, party_names, facts,
  content = 'mediation_cases', content_rowid = 'id', tokenize = 'trigram');

CREATE TRIGGER mediation_cases_fts_ai AFTER INSERT ON mediation_cases
BEGIN
  INSERT INTO mediation_cases_fts (rowid, number, title, party_names, facts)
  VALUES (NEW.id, NEW.number, NEW.title, NEW.party_names, NEW.facts);
END;
CREATE TRIGGER mediation_cases_fts_ad AFTER DELETE ON mediation_cases
BEGIN
  INSERT INTO mediation_cases_fts (mediation_cases_fts, rowid, number, title, party_names, facts)
  VALUES ('delete', OLD.id, OLD.number, OLD.title, OLD.party_names, OLD.facts);
END;
CREATE TRIGGER mediation_cases_fts_au
AFTER UPDATE OF number, title, party_names, facts ON mediation_cases
BEGIN
  INSERT INTO mediation_cases_fts (mediation_cases_fts, rowid, number, title, party_names, facts)
  VALUES ('delete', OLD.id, OLD.number, OLD.title, OLD.party_names, OLD.facts);
  INSERT INTO mediation_cases_fts (rowid, number, title, party_names, facts)
  VALUES (NEW.id, NEW.number, NEW.title, NEW.party_names, NEW.facts);
END;

CREATE VIRTUAL TABLE petitions_fts USING fts5 (
  number, title, petitioner_name, content,
  content = 'petitions', content_rowid = 'id', tokenize = 'trigram');

CREATE TRIGGER petitions_fts_ai AFTER INSERT ON petitions
BEGIN
  INSERT INTO petitions_fts (rowid, number, title, petitioner_name, content)
  VALUES (NEW.id, NEW.number, NEW.title, NEW.petitioner_name, NEW.content);
END;
CREATE TRIGGER petitions_fts_ad AFTER DELETE ON petitions
BEGIN
  INSERT INTO petitions_fts (petitions_fts, rowid, number, title, petitioner_name, content)
  VALUES ('delete', OLD.id, OLD.number, OLD.title, OLD.petitioner_name, OLD.content);
END;
CREATE TRIGGER petitions_fts_au
AFTER UPDATE OF number, title, petitioner_name, content ON petitions
BEGIN
  INSERT INTO petitions_fts (petitions_fts, rowid, number, title, petitioner_name, content)
  VALUES ('delete', OLD.id, OLD.number, OLD.title, OLD.petitioner_name, OLD.content);
  INSERT INTO petitions_fts (rowid, number, title, petitioner_name, content)
  VALUES (NEW.id, NEW.number, NEW.title, NEW.petitioner_name, NEW.content);
END;
