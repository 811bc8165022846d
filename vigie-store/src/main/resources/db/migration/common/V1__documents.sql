-- Portable SQL: it runs unchanged on SQLite and PostgreSQL. Times are ISO-8601 UTC strings with
-- microseconds, so that their text order is their time order on both.

CREATE TABLE documents (
  id            VARCHAR(16)  NOT NULL PRIMARY KEY,
  sha256        CHAR(64)     NOT NULL UNIQUE,
  origin        TEXT         NOT NULL,
  container     TEXT,
  ingested_at   VARCHAR(32)  NOT NULL,
  size          BIGINT       NOT NULL,
  media_type    VARCHAR(255) NOT NULL,
  lang          VARCHAR(16)  NOT NULL,
  title         TEXT,
  published     VARCHAR(10),
  source        TEXT,
  text          TEXT         NOT NULL,
  chars         INTEGER      NOT NULL,
  status        VARCHAR(16)  NOT NULL,
  status_reason TEXT
);

CREATE INDEX documents_by_ingestion ON documents (ingested_at, id);

CREATE TABLE ingest_failures (
  path      TEXT        NOT NULL PRIMARY KEY,
  sha256    CHAR(64),
  reason    TEXT        NOT NULL,
  failed_at VARCHAR(32) NOT NULL
);
