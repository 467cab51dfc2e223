-- Observations stored a block per provider and import instead of a row each (docs/scale.md,
-- "Goal 3"): on H2 every row of the observation table cost a B-tree insert, an undo-log record, a
-- pass at commit and its share of the pages written, so a million observations took 5-6 s of
-- writing whatever was tuned; 2,000 blocks holding the same million take a fraction of a second.
--
-- block_key = provider.seq * 2^32 + block number: a provider's blocks are one key range, in the
-- order they were written. first_period and last_period are the smallest and largest period
-- ordinals in the block (StoredKeys: a month's 22,800-35,999, a quarter's 7,600-11,999), so a
-- writer checking for observations already recorded reads only the blocks that can hold one.
-- data is ObservationBlock's format: a format byte, then per observation the indicator seq, the
-- period ordinal, a flags byte and the numbers present.
--
-- No key can say "one observation per provider, indicator and period" across blocks, so every
-- writer of observations locks the one row of observation_writer (SELECT ... FOR UPDATE, held to
-- its commit) before refusing any it would repeat; next_block numbers the blocks. The observations
-- recorded so far move into blocks in V17 (a Java migration, ObservationBlocksMigration).
CREATE TABLE observation_block (
  block_key    BIGINT  NOT NULL,
  first_period INTEGER NOT NULL,
  last_period  INTEGER NOT NULL,
  observations INTEGER NOT NULL,
  import_id    BIGINT,
  data         BYTEA   NOT NULL,
  CONSTRAINT observation_block_by_key PRIMARY KEY (block_key)
);

CREATE TABLE observation_writer (
  id         INTEGER NOT NULL,
  next_block BIGINT  NOT NULL,
  CONSTRAINT observation_writer_one_row PRIMARY KEY (id)
);

INSERT INTO observation_writer (id, next_block) VALUES (1, 1);
