-- SLA-missed is a flag, not a state: set once, when a filing's submission deadline passes before it was sent.
ALTER TABLE filing ADD COLUMN sla_missed_at DATETIME(6);
