-- Portable SQL (SQLite and PostgreSQL). The claims read from each document, one table for the
-- three kinds (the columns of the other kinds stay null), so that a claims table filters and
-- pages in one query. claim_runs says which extractor version read each document: a document
-- without a row at the current version is read (again) by the next run.

CREATE TABLE claims (
  id             VARCHAR(16)      NOT NULL PRIMARY KEY,
  document_id    VARCHAR(16)      NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  kind           VARCHAR(8)       NOT NULL,
  start_offset   INTEGER          NOT NULL,
  end_offset     INTEGER          NOT NULL,
  text           TEXT             NOT NULL,
  -- quantities
  value          DOUBLE PRECISION,
  low            DOUBLE PRECISION,
  high           DOUBLE PRECISION,
  modifier       VARCHAR(8),
  unit           TEXT,
  subject        TEXT,
  actor          VARCHAR(16),
  per            VARCHAR(8),
  speaker        TEXT,
  relayed_by     TEXT,
  hedges         TEXT,
  certainty      DOUBLE PRECISION,
  as_of          VARCHAR(32),
  -- entities (actor holds the id)
  entity_type    VARCHAR(16),
  -- dates
  date_value     VARCHAR(32),
  date_precision VARCHAR(8),
  date_relative  INTEGER,
  -- the as-of date of a quantity, else the publication date of the document, else '': what
  -- claims are sorted and filtered by
  dated          VARCHAR(32)      NOT NULL,
  -- the document's language, kept here so that a language filter needs no join
  lang           VARCHAR(16)      NOT NULL
);

-- Lists are newest first: each filter's index ends with the sort, so that a page of a store of
-- millions reads only its own rows. Language (a fifth of the claims each) has none: walking the
-- date index finds a page as fast, and every index slows ingest (2,000 generated documents with
-- 363,313 claims: 27 s with four indexes, 32 s with these five, 39 s with six).
CREATE INDEX claims_by_document ON claims (document_id, start_offset);
CREATE INDEX claims_by_date ON claims (dated, id);
CREATE INDEX claims_by_kind ON claims (kind, dated, id);
CREATE INDEX claims_by_unit ON claims (unit, dated, id);
CREATE INDEX claims_by_actor ON claims (actor, dated, id);

CREATE TABLE claim_runs (
  document_id  VARCHAR(16) NOT NULL PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  extractor    VARCHAR(64) NOT NULL,
  claims       INTEGER     NOT NULL,
  extracted_at VARCHAR(32) NOT NULL
);
