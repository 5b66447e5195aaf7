-- Results in any order, any split, any repetition (issue 9): the bureau does not fix the order of its files.

-- download_file: the digest of the unpacked content (the same content under a new name is recognised and not
-- applied again), the earlier file it repeats, and why a file could not be unpacked (its content is then the
-- beianInfo exactly as it came, kept for an operator).
ALTER TABLE download_file ADD COLUMN content_sha256 CHAR(64);
ALTER TABLE download_file ADD COLUMN duplicate_of BIGINT;
ALTER TABLE download_file ADD COLUMN unpack_error VARCHAR(1000);

CREATE INDEX ix_download_content ON download_file (province, content_sha256);

-- An approval (BAJG 1001) whose ICP numbers (BASJ) have not all come: a flag on the SUBMITTED filing until they
-- do. ask_at: when the bureau is asked for them (isp_querybeianstatus) if they are still missing; alerted_at: the
-- first time it was asked, when the operators were told.
CREATE TABLE approval_awaiting_numbers (
  filing_id BIGINT PRIMARY KEY,
  province CHAR(2) NOT NULL,
  file_name VARCHAR(255) NOT NULL,
  approved_at DATETIME(6) NOT NULL,
  ask_at DATETIME(6) NOT NULL,
  queries INT NOT NULL,
  last_answer VARCHAR(1000),
  alerted_at DATETIME(6),
  CONSTRAINT fk_awaiting_filing FOREIGN KEY (filing_id) REFERENCES filing (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_awaiting_due ON approval_awaiting_numbers (province, ask_at);

-- The simulator's files may be held back: not offered before offered_from (numbers late), nor before the file
-- offered_after_ack_of was first acknowledged (numbers in a later download); repeats_after_ack: offered again this
-- many times after an acknowledgement (a bureau that repeats itself), so first_acknowledged_at keeps the first.
ALTER TABLE sim_download ADD COLUMN offered_from DATETIME(6);
ALTER TABLE sim_download ADD COLUMN offered_after_ack_of BIGINT;
ALTER TABLE sim_download ADD COLUMN repeats_after_ack INT NOT NULL DEFAULT 0;
ALTER TABLE sim_download ADD COLUMN first_acknowledged_at DATETIME(6);
