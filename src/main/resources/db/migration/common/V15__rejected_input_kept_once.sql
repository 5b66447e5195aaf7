-- A rejected input is kept once per source: a console page re-read after a crash, or a push the console retries,
-- brings the same bytes again, and a second row would raise a second HELD event for the same filing. Rows kept
-- before this have no digest (NULLs never collide in a unique index) and stay as they are.
ALTER TABLE rejected_input ADD COLUMN payload_digest CHAR(64);
CREATE UNIQUE INDEX rejected_input_once ON rejected_input (source, payload_digest);
