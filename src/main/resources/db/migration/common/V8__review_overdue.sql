-- Review overdue is a flag, not a state: set once, when the province's review limit passes without a decision.
ALTER TABLE filing ADD COLUMN review_overdue_at DATETIME(6);
