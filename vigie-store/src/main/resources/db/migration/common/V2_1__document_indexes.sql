-- Portable SQL (SQLite and PostgreSQL). Indexes for the web workbench's lists and counts, so that
-- filtering by language, outlet or publication date, and counting by them, read an index instead
-- of every row (rows hold the whole text). Version 2.1 sits between the users (2) and the claims
-- (3), so that it takes no number another migration may use.

CREATE INDEX documents_by_lang ON documents (lang, ingested_at, id);
CREATE INDEX documents_by_source ON documents (source, ingested_at, id);
CREATE INDEX documents_by_published ON documents (published);
