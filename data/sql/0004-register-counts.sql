-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 4. Rows per register and status, kept by triggers, so a list learns its
-- length (all rows, or one status) without counting a million index
-- entries. WITHOUT ROWID: it is bookkeeping, not a record, and has no
-- audit trail.
CREATE TABLE register_counts (
  register TEXT    NOT NULL,
  status   TEXT    NOT NULL,
  n        INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (register, status)
) WITHOUT ROWID;

CREATE TRIGGER contract_reviews_count_ai AFTER INSERT ON contract_reviews
BEGIN
  INSERT INTO register_counts (register, status, n) VALUES ('contract_reviews', NEW.status, 1)
    ON CONFLICT (register, status) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER contract_reviews_count_ad AFTER DELETE ON contract_reviews
BEGIN
  UPDATE register_counts SET n = n - 1 WHERE register = 'contract_reviews' AND status = OLD.status;
END;
CREATE TRIGGER contract_reviews_count_au AFTER UPDATE OF status ON contract_reviews
WHEN OLD.status IS NOT NEW.status
BEGIN
  UPDATE register_counts SET n = n - 1 WHERE register = 'contract_reviews' AND status = OLD.status;
  INSERT INTO register_counts (register, status, n) VALUES ('contract_reviews', NEW.status, 1)
    ON CONFLICT (register, status) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER mediation_cases_count_ai AFTER INSERT ON mediation_cases
BEGIN
  INSERT INTO register_counts (register, status, n) VALUES ('mediation_cases', NEW.status, 1)
    ON CONFLICT (register, status) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER mediation_cases_count_ad AFTER DELETE ON mediation_cases
BEGIN
  UPDATE register_counts SET n = n - 1 WHERE register = 'mediation_cases' AND status = OLD.status;
END;
CREATE TRIGGER mediation_cases_count_au AFTER UPDATE OF status ON mediation_cases
WHEN OLD.status IS NOT NEW.status
BEGIN
  UPDATE register_counts SET n = n - 1 WHERE register = 'mediation_cases' AND status = OLD.status;
  INSERT INTO register_counts (register, status, n) VALUES ('mediation_cases', NEW.status, 1)
    ON CONFLICT (register, status) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER petitions_count_ai AFTER INSERT ON petitions
BEGIN
  INSERT INTO register_counts (register, status, n) VALUES ('petitions', NEW.status, 1)
    ON CONFLICT (register, status) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER petitions_count_ad AFTER DELETE ON petitions
BEGIN
  UPDATE register_counts SET n = n - 1 WHERE register = 'petitions' AND status = OLD.status;
END;
CREATE TRIGGER petitions_count_au AFTER UPDATE OF status ON petitions
WHEN OLD.status IS NOT NEW.status
BEGIN
  UPDATE register_counts SET n = n - 1 WHERE register = 'petitions' AND status = OLD.status;
  INSERT INTO register_counts (register, status, n) VALUES ('petitions', NEW.status, 1)
    ON CONFLICT (register, status) DO UPDATE SET n = n + 1;
END;

-- The rows written before this schema, counted once.
INSERT INTO register_counts (register, status, n)
  SELECT 'contract_reviews', status, count(*) FROM contract_reviews GROUP BY status;
INSERT INTO register_counts (register, status, n)
  SELECT 'mediation_cases', status, count(*) FROM mediation_cases GROUP BY status;
INSERT INTO register_counts (register, status, n)
  SELECT 'petitions', status, count(*) FROM petitions GROUP BY status;
