-- Personal data at rest (issue 11): sealed columns hold AES-GCM ciphertext in Base64 (about 4/3 of the plaintext's
-- UTF-8 bytes plus 45 characters), so they become TEXT; blind indexes (HMAC-SHA256, hex) are where a lookup needs a
-- value. Data keys are stored wrapped by the master key from the environment. After V18 (retention), which lets a
-- decided filing's personal data be nulled: the sealed columns stay nullable.

CREATE TABLE crypto_data_key (
  id INT AUTO_INCREMENT PRIMARY KEY,
  wrapped_key VARCHAR(255) NOT NULL,
  kek_id VARCHAR(64) NOT NULL,
  state VARCHAR(16) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  retired_at DATETIME(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- How far the background re-encryption got in each table, so a run cut short goes on where it stopped.
CREATE TABLE crypto_reseal_progress (
  target VARCHAR(64) PRIMARY KEY,
  generation INT NOT NULL,
  cursor_value VARCHAR(255),
  done BOOLEAN NOT NULL,
  updated_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE filing MODIFY entity_name TEXT;
ALTER TABLE filing MODIFY entity_investor TEXT;
ALTER TABLE filing MODIFY entity_address TEXT;
ALTER TABLE filing MODIFY entity_cert_number TEXT;
ALTER TABLE filing MODIFY entity_cert_address TEXT;
ALTER TABLE filing MODIFY person_name TEXT;
ALTER TABLE filing MODIFY person_cert_number TEXT;
ALTER TABLE filing MODIFY person_cert_address TEXT;
ALTER TABLE filing MODIFY person_office_phone TEXT;
ALTER TABLE filing MODIFY person_mobile TEXT;
ALTER TABLE filing MODIFY person_email TEXT;
ALTER TABLE filing MODIFY emergency_name TEXT;
ALTER TABLE filing MODIFY emergency_mobile TEXT;
ALTER TABLE filing ADD COLUMN entity_cert_number_bidx CHAR(64);
ALTER TABLE filing ADD COLUMN person_cert_number_bidx CHAR(64);
ALTER TABLE filing ADD COLUMN person_mobile_bidx CHAR(64);
ALTER TABLE filing ADD COLUMN person_email_bidx CHAR(64);
CREATE INDEX ix_filing_entity_cert_bidx ON filing (entity_cert_number_bidx);
CREATE INDEX ix_filing_person_cert_bidx ON filing (person_cert_number_bidx);
CREATE INDEX ix_filing_person_mobile_bidx ON filing (person_mobile_bidx);
CREATE INDEX ix_filing_person_email_bidx ON filing (person_email_bidx);

ALTER TABLE website MODIFY person_name TEXT;
ALTER TABLE website MODIFY person_cert_number TEXT;
ALTER TABLE website MODIFY person_cert_address TEXT;
ALTER TABLE website MODIFY person_office_phone TEXT;
ALTER TABLE website MODIFY person_mobile TEXT;
ALTER TABLE website MODIFY person_email TEXT;
ALTER TABLE website ADD COLUMN person_cert_number_bidx CHAR(64);
ALTER TABLE website ADD COLUMN person_mobile_bidx CHAR(64);
ALTER TABLE website ADD COLUMN person_email_bidx CHAR(64);
CREATE INDEX ix_website_person_cert_bidx ON website (person_cert_number_bidx);
CREATE INDEX ix_website_person_mobile_bidx ON website (person_mobile_bidx);
CREATE INDEX ix_website_person_email_bidx ON website (person_email_bidx);

ALTER TABLE notification MODIFY recipient TEXT;
ALTER TABLE notification MODIFY subject TEXT;
