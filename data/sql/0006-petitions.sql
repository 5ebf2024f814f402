-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 6: petition tracking (issue 6): the history of a petition (one
-- row per workflow step), its elected representatives and the links of a
-- repeat petition to the earlier ones. The deadline policy lives in the
-- settings table under the keys of ld_deadline_policy_get_setting_keys()
-- ("petition.<limit>.days" …); a missing key keeps the national default.

-- Repeat detection compares ID numbers in their 18-digit form and phones
-- normalised (ld_phone_normalize()); the store keeps those forms here, next
-- to the text as typed, so the comparison can use an index.
ALTER TABLE petitions ADD COLUMN petitioner_id_key TEXT NOT NULL DEFAULT '';
ALTER TABLE petitions ADD COLUMN petitioner_phone_key TEXT NOT NULL DEFAULT '';
CREATE INDEX petitions_id_key ON petitions (petitioner_id_key) WHERE petitioner_id_key != '';
CREATE INDEX petitions_phone_key ON petitions (petitioner_phone_key) WHERE petitioner_phone_key != '';

-- The history, oldest first (position). step is an LdPetitionStep id;
-- extras holds the step's other facts as ld_petition_event_extras_to_string()
-- text ('' when none).
CREATE TABLE petition_events (
  id          INTEGER PRIMARY KEY,
  petition_id INTEGER NOT NULL REFERENCES petitions (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  step        TEXT    NOT NULL
    CHECK (step IN ('register', 'accept', 'not_accept', 'divert', 'object', 'assign',
                    'investigate', 'hearing', 'mediate', 'extend', 'reply',
                    'request_review', 'review_decision', 'request_rereview',
                    'rereview_decision', 'close', 'rate', 'return_visit')),
  date        TEXT    NOT NULL,
  who         TEXT    NOT NULL DEFAULT '',
  note        TEXT    NOT NULL DEFAULT '',
  extras      TEXT    NOT NULL DEFAULT '',
  UNIQUE (petition_id, position)
);

-- The statistics look up the notice, acceptance and reply of many
-- petitions by step.
CREATE INDEX petition_events_step ON petition_events (step, petition_id);

-- People attached to a petition besides the petitioner; role
-- 'representative' (Art 20: at most 5, checked by the domain layer).
CREATE TABLE petition_people (
  id          INTEGER PRIMARY KEY,
  petition_id INTEGER NOT NULL REFERENCES petitions (id) ON DELETE CASCADE,
  role        TEXT    NOT NULL DEFAULT 'representative' CHECK (role IN ('representative')),
  position    INTEGER NOT NULL DEFAULT 0,
  name        TEXT    NOT NULL DEFAULT '',
  id_number   TEXT    NOT NULL DEFAULT '',
  phone       TEXT    NOT NULL DEFAULT '',
  address     TEXT    NOT NULL DEFAULT '',
  id_key      TEXT    NOT NULL DEFAULT '',
  phone_key   TEXT    NOT NULL DEFAULT ''
);

CREATE INDEX petition_people_petition ON petition_people (petition_id, position);
-- Repeat detection looks representatives up by ID number and phone too.
CREATE INDEX petition_people_id_key ON petition_people (id_key) WHERE id_key != '';
CREATE INDEX petition_people_phone_key ON petition_people (phone_key) WHERE phone_key != '';

-- A petition linked as a repeat (重复信访) of an earlier one.
CREATE TABLE petition_links (
  id          INTEGER PRIMARY KEY,
  petition_id INTEGER NOT NULL REFERENCES petitions (id) ON DELETE CASCADE,
  earlier_id  INTEGER NOT NULL REFERENCES petitions (id) ON DELETE CASCADE,
  reason      TEXT    NOT NULL DEFAULT 'repeat',
  CHECK (petition_id != earlier_id),
  UNIQUE (petition_id, earlier_id)
);

CREATE INDEX petition_links_earlier ON petition_links (earlier_id);

-- A deleted petition takes its files and drafts with it.
CREATE TRIGGER petitions_attachments_ad AFTER DELETE ON petitions
BEGIN
  DELETE FROM attachments WHERE record_table = 'petitions' AND record_id = OLD.id;
  DELETE FROM drafts WHERE kind = 'petition' AND record_id = OLD.id;
END;
