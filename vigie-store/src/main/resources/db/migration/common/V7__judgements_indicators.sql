-- Portable SQL (SQLite and PostgreSQL). Analysts' probabilities for ACH hypotheses (the latest of
-- each analyst on a hypothesis counts; earlier ones stay as a trail), and the indicators board:
-- scenarios with their prior, indicators with P(seen | E) and P(seen | not E), optionally tied to a
-- series by name with a threshold, and every observation of an indicator's state.

CREATE TABLE ach_judgements (
  matrix_id     VARCHAR(32)      NOT NULL REFERENCES ach_matrices (id) ON DELETE CASCADE,
  seq           INTEGER          NOT NULL,
  analyst       VARCHAR(32)      NOT NULL,
  hypothesis_id TEXT             NOT NULL,
  probability   DOUBLE PRECISION NOT NULL,
  judged_at     VARCHAR(32)      NOT NULL,
  PRIMARY KEY (matrix_id, seq)
);

CREATE TABLE indicator_scenarios (
  name  VARCHAR(64)      NOT NULL PRIMARY KEY,
  prior DOUBLE PRECISION NOT NULL
);

-- comparison, threshold, unit and series are all null for an indicator observed by hand only.
CREATE TABLE indicators (
  name           VARCHAR(64)      NOT NULL PRIMARY KEY,
  scenario       VARCHAR(64)      NOT NULL REFERENCES indicator_scenarios (name),
  label          TEXT             NOT NULL,
  p              DOUBLE PRECISION NOT NULL,
  pbar           DOUBLE PRECISION NOT NULL,
  half_life_days DOUBLE PRECISION NOT NULL,
  grouping       VARCHAR(64),
  series         TEXT,
  comparison     VARCHAR(8),
  threshold      DOUBLE PRECISION,
  unit           TEXT
);

CREATE TABLE indicator_observations (
  seq         INTEGER          NOT NULL PRIMARY KEY,
  indicator   VARCHAR(64)      NOT NULL REFERENCES indicators (name) ON DELETE CASCADE,
  state       VARCHAR(16)      NOT NULL,
  confidence  DOUBLE PRECISION NOT NULL,
  observed_at VARCHAR(32)      NOT NULL,
  claim_id    TEXT,
  analyst     VARCHAR(32)      NOT NULL,
  note        TEXT
);

CREATE INDEX indicator_observations_by_indicator ON indicator_observations (indicator, seq);
