-- One counter that every committed write moves on (in the same transaction as the write, as its
-- last statement), so that any process reading the database (a `qsurv serve` while a `qsurv import`
-- runs elsewhere, or another application node on PostgreSQL) can tell with one primary-key read
-- whether what it derived from the data (its cached assessments and pages) is still current. The
-- counter is committed with the write or not at all: a reader that sees the new number sees the
-- write. H2 and PostgreSQL both read it under READ COMMITTED.
CREATE TABLE data_version (
  id       INTEGER NOT NULL PRIMARY KEY,
  version  BIGINT  NOT NULL,
  CONSTRAINT data_version_one_row CHECK (id = 1)
);

INSERT INTO data_version (id, version) VALUES (1, 0);
