-- The observation table keyed by one BIGINT instead of its three VARCHAR columns, so that an
-- import writes one B-tree per row instead of two (docs/scale.md, "Import"). H2 keeps a table whose
-- primary key is one integer column in the row map itself; a composite VARCHAR key is a second,
-- unique B-tree beside it, which every insert searches and fills and every commit rewrites once
-- more. On PostgreSQL the key index holds 8 bytes a row instead of three strings.
--
-- observation_key = provider.seq * 2^32 + indicator.seq * 2^16 + the period's ordinal, where the
-- ordinal is year * 12 + month - 1 for a month (22,800-35,999 for the years 1900-2999 a period may
-- have) and year * 4 + quarter - 1 for a quarter (7,600-11,999): the two ranges do not overlap and
-- both fit 16 bits, so the key is unique exactly when (provider, indicator, period) is, and orders
-- the rows by provider, indicator and period as the readers want them. The text columns stay, so
-- a row still reads as before; JdbcImportSink computes the key from the same three values.
-- Indicator seq must stay below 2^16 (a few dozen indicators are recorded); the writer refuses
-- more rather than let keys collide. The joins are outer joins so that an observation of a provider
-- or indicator the tables do not hold (the importer never writes one) gets no key and fails the
-- migration (the start stops with the reason: docs/operations.md, "Upgrades") instead of being
-- dropped without a word.
CREATE TABLE observation_v9 (
  observation_key BIGINT      NOT NULL,
  provider_code   VARCHAR(16) NOT NULL,
  indicator_id    VARCHAR(64) NOT NULL,
  period          VARCHAR(7)  NOT NULL,
  observed_value  DOUBLE PRECISION,
  numerator       DOUBLE PRECISION,
  denominator     DOUBLE PRECISION,
  import_id       BIGINT,
  CONSTRAINT observation_by_key PRIMARY KEY (observation_key)
);

INSERT INTO observation_v9 (observation_key, provider_code, indicator_id, period, observed_value,
    numerator, denominator, import_id)
  SELECT p.seq * 4294967296 + i.seq * 65536
      + CASE WHEN SUBSTRING(o.period FROM 6 FOR 1) = 'Q'
          THEN CAST(SUBSTRING(o.period FROM 1 FOR 4) AS INTEGER) * 4
            + CAST(SUBSTRING(o.period FROM 7 FOR 1) AS INTEGER) - 1
          ELSE CAST(SUBSTRING(o.period FROM 1 FOR 4) AS INTEGER) * 12
            + CAST(SUBSTRING(o.period FROM 6 FOR 2) AS INTEGER) - 1
        END,
      o.provider_code, o.indicator_id, o.period, o.observed_value, o.numerator, o.denominator,
      o.import_id
  FROM observation o
  LEFT JOIN provider p ON p.code = o.provider_code
  LEFT JOIN indicator i ON i.id = o.indicator_id;

DROP TABLE observation;

ALTER TABLE observation_v9 RENAME TO observation;
