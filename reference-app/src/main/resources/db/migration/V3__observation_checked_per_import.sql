-- The observation table without its per-row foreign key to provider (issue 5: a million rows in
-- under 20 s). On H2 that key cost about a third of a 1,000,000-row import (13.0 s with it, 8.5-9.2 s
-- without, measured with the same rows). The reference is still checked, once per import and
-- inside the import's transaction: JdbcImportSink refuses a batch that has an observation for a
-- provider the provider table does not hold (providers are never deleted or renamed). Indicator
-- references were already checked that way (V1). The table is re-created, rather than the key
-- dropped, because V1 let each database name the key (H2 and PostgreSQL name it differently).
CREATE TABLE observation_v3 (
  provider_code   VARCHAR(16) NOT NULL,
  indicator_id    VARCHAR(64) NOT NULL,
  period          VARCHAR(7)  NOT NULL,
  observed_value  DOUBLE PRECISION,
  numerator       DOUBLE PRECISION,
  denominator     DOUBLE PRECISION,
  import_id       BIGINT,
  CONSTRAINT observation_key PRIMARY KEY (provider_code, indicator_id, period)
);

INSERT INTO observation_v3 (provider_code, indicator_id, period, observed_value, numerator,
    denominator, import_id)
  SELECT provider_code, indicator_id, period, observed_value, numerator, denominator, import_id
  FROM observation;

DROP TABLE observation;

ALTER TABLE observation_v3 RENAME TO observation;
