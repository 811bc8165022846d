-- Portable SQL (SQLite and PostgreSQL). The people who may log in to the web workbench.
-- password_hash is PBKDF2-HMAC-SHA256 in the encoded form of org.vigie.core.user.Passwords.

CREATE TABLE users (
  name          VARCHAR(32)  NOT NULL PRIMARY KEY,
  role          VARCHAR(16)  NOT NULL,
  password_hash VARCHAR(255) NOT NULL,
  created_at    VARCHAR(32)  NOT NULL
);
