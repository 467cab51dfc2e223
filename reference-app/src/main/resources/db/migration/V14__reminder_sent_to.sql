-- Where each reminder digest went: the address its owner's digest was handed to the mail relay
-- for (serve --reminder-address OWNER=ADDRESS, or the --reminders-to fallback), written with
-- sent_at in the one update a row has, so that the Reminders sent page can show each owner what
-- was sent, when and to which mailbox (hazard H48). Rows sent before this migration have none:
-- the page says the address was not recorded.
ALTER TABLE reminder_outbox ADD COLUMN sent_to VARCHAR(320);
