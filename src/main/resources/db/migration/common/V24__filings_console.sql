-- The operations console's filings area (issue 12). A quarantined result is settled by a person: attached to the
-- filing they name (the result applied to it) or dismissed with a reason; the row stays, with who settled it.
ALTER TABLE result_quarantine ADD COLUMN resolved_at DATETIME(6);
ALTER TABLE result_quarantine ADD COLUMN resolved_by VARCHAR(64);
ALTER TABLE result_quarantine ADD COLUMN resolution VARCHAR(16);
ALTER TABLE result_quarantine ADD COLUMN resolution_reason VARCHAR(500);
ALTER TABLE result_quarantine ADD COLUMN filing_id BIGINT;

-- A rejected input re-checked against today's contract and rules and taken in (as a filing, RECEIVED or HELD) is
-- settled: kept until its retention like the others, no longer listed as open.
ALTER TABLE rejected_input ADD COLUMN resolved_at DATETIME(6);
ALTER TABLE rejected_input ADD COLUMN resolved_by VARCHAR(64);
ALTER TABLE rejected_input ADD COLUMN resolution VARCHAR(255);

-- the console's search: a filing by its state and deadline window, newest first
CREATE INDEX ix_filing_state_deadline ON filing (state, submission_deadline);
CREATE INDEX ix_website_approved_icp ON website (approved_icp_number);
