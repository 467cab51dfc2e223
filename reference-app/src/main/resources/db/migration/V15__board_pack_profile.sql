-- The policy profile each board pack was evaluated under (serve --profile; the pack names it):
-- with the archived snapshot, it is all that is needed to make the pack again byte for byte
-- (hazards H53, H58). Written once, with the pack. Packs kept before this migration have none:
-- the Board packs page says it was not recorded (their PDF names it).
ALTER TABLE board_pack ADD COLUMN profile VARCHAR(100);
