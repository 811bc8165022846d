-- Portable SQL (SQLite and PostgreSQL). ACH matrices as loaded, and the audit trail of every
-- rating change made to them afterwards (who, when, from what to what). An analyst's matrix is the
-- loaded one with that analyst's changes replayed in seq order.

CREATE TABLE ach_matrices (
  id          VARCHAR(32) NOT NULL PRIMARY KEY,
  question    TEXT        NOT NULL,
  created_by  VARCHAR(32) NOT NULL,
  created_at  VARCHAR(32) NOT NULL
);

CREATE TABLE ach_hypotheses (
  matrix_id VARCHAR(32) NOT NULL REFERENCES ach_matrices (id) ON DELETE CASCADE,
  position  INTEGER     NOT NULL,
  id        TEXT        NOT NULL,
  label     TEXT        NOT NULL,
  PRIMARY KEY (matrix_id, position)
);

-- ratings: the loaded ratings, one code per hypothesis in position order, comma-separated.
CREATE TABLE ach_evidence (
  matrix_id   VARCHAR(32) NOT NULL REFERENCES ach_matrices (id) ON DELETE CASCADE,
  position    INTEGER     NOT NULL,
  id          TEXT        NOT NULL,
  text        TEXT        NOT NULL,
  credibility VARCHAR(1)  NOT NULL,
  relevance   VARCHAR(1)  NOT NULL,
  ratings     TEXT        NOT NULL,
  source      TEXT,
  said_on     VARCHAR(10),
  claim_id    TEXT,
  document_id TEXT,
  certainty   DOUBLE PRECISION,
  PRIMARY KEY (matrix_id, position)
);

CREATE TABLE ach_rating_changes (
  matrix_id     VARCHAR(32) NOT NULL REFERENCES ach_matrices (id) ON DELETE CASCADE,
  seq           INTEGER     NOT NULL,
  analyst       VARCHAR(32) NOT NULL,
  evidence_id   TEXT        NOT NULL,
  hypothesis_id TEXT        NOT NULL,
  from_rating   VARCHAR(2)  NOT NULL,
  to_rating     VARCHAR(2)  NOT NULL,
  changed_at    VARCHAR(32) NOT NULL,
  note          TEXT,
  PRIMARY KEY (matrix_id, seq)
);
