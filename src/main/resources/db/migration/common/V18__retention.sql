-- Retention (bridge.purge.personal-data): a decided filing's personal data is nulled once it has been kept long
-- enough (PIPL art. 19); the row keeps what an audit needs: ids, states, dates, ICP numbers, types, domains, hashes.
-- NULL, not a placeholder, so the purge works whether the column holds plaintext or ciphertext.
ALTER TABLE filing MODIFY entity_name VARCHAR(128) NULL;
ALTER TABLE filing MODIFY entity_address VARCHAR(255) NULL;
ALTER TABLE filing MODIFY entity_cert_number VARCHAR(64) NULL;
ALTER TABLE filing MODIFY person_name VARCHAR(64) NULL;
ALTER TABLE filing MODIFY person_cert_number VARCHAR(64) NULL;
ALTER TABLE filing MODIFY person_mobile VARCHAR(16) NULL;
ALTER TABLE filing MODIFY person_email VARCHAR(128) NULL;
ALTER TABLE filing ADD COLUMN personal_data_purged_at DATETIME(6);
CREATE INDEX ix_filing_retention ON filing (personal_data_purged_at, state, updated_at);

ALTER TABLE website MODIFY person_name VARCHAR(64) NULL;
ALTER TABLE website MODIFY person_cert_number VARCHAR(64) NULL;
ALTER TABLE website MODIFY person_mobile VARCHAR(16) NULL;
ALTER TABLE website MODIFY person_email VARCHAR(128) NULL;

-- ID-card photos and other attachments: the bytes go, the row (hash, size) stays for the filing_attachment rows
ALTER TABLE attachment_content MODIFY content LONGBLOB NULL;
ALTER TABLE attachment_content ADD COLUMN purged_at DATETIME(6);

CREATE INDEX ix_rejected_input_received ON rejected_input (received_at);
CREATE INDEX ix_notification_retention ON notification (status, created_at);
CREATE INDEX ix_event_retention ON filing_event (delivery_status, notification_status, occurred_at);
