-- Portable SQL (SQLite and PostgreSQL). Series of quantity claims: the definition (unit, actor,
-- keywords) and the claims analysts joined or excluded by hand. Members and estimates are not
-- kept: they are computed from the claims on read, so they follow re-reading. Decisions name
-- claims by id without a foreign key: claim ids are stable, and a document read again replaces
-- its claims rows, which must not erase the analysts' decisions.

CREATE TABLE series (
  name        VARCHAR(64) NOT NULL PRIMARY KEY,
  unit        TEXT        NOT NULL,
  actor       VARCHAR(16),
  -- one keyword per line
  keywords    TEXT        NOT NULL,
  description TEXT        NOT NULL,
  created_by  VARCHAR(32) NOT NULL,
  created_at  VARCHAR(32) NOT NULL
);

-- choice: 'join' or 'exclude'
CREATE TABLE series_decisions (
  series_name VARCHAR(64) NOT NULL REFERENCES series (name) ON DELETE CASCADE,
  claim_id    VARCHAR(16) NOT NULL,
  choice      VARCHAR(8)  NOT NULL,
  decided_by  VARCHAR(32) NOT NULL,
  decided_at  VARCHAR(32) NOT NULL,
  PRIMARY KEY (series_name, claim_id)
);
