-- Sync claims: a run claims the outbox events it is about to send (claimed_by = that run, until claimed_until),
-- so two overlapping runs never POST the same event; a crashed run's claims lapse once claimed_until passes.
-- Delivering or failing an event clears its claim.
ALTER TABLE filing_event ADD COLUMN claimed_by VARCHAR(128);
ALTER TABLE filing_event ADD COLUMN claimed_until DATETIME(6);

