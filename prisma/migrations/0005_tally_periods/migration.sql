-- The tally gains month ("M2022-03") and year ("Y2022") rows beside the day rows, so a date range
-- reads whole years and months instead of every day. The old rows are cleared; the seed command
-- rebuilds the tally (lib/db/tally.ts) when it finds statements and no tally.
DELETE FROM "StatementTally";
