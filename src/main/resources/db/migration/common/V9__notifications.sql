-- Notifications to people (customers and operators), one row per message per recipient and channel.
-- notification_key is unique: the same notification is planned once, however often its cause is seen,
-- and it is also the SMS gateway's outId, so a resend after a crash is dropped by the gateway.
CREATE TABLE notification (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  notification_key VARCHAR(191) NOT NULL,
  kind VARCHAR(32) NOT NULL,
  audience VARCHAR(16) NOT NULL,
  channel VARCHAR(8) NOT NULL,
  recipient VARCHAR(128) NOT NULL,
  console_filing_id VARCHAR(64),
  event_id CHAR(36),
  template_code VARCHAR(64),
  template_param LONGTEXT,
  subject VARCHAR(255),
  body LONGTEXT NOT NULL,
  status VARCHAR(16) NOT NULL,
  attempts INT NOT NULL,
  next_attempt_at DATETIME(6) NOT NULL,
  claimed_by VARCHAR(64),
  claimed_until DATETIME(6),
  created_at DATETIME(6) NOT NULL,
  sent_at DATETIME(6),
  provider_ref VARCHAR(128),
  last_error VARCHAR(2000),
  CONSTRAINT uk_notification_key UNIQUE (notification_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_notification_due ON notification (status, next_attempt_at);
CREATE INDEX ix_notification_filing ON notification (console_filing_id);

-- Which outbox events have been turned into notifications (PENDING, PLANNED, FAILED); independent of
-- the delivery to the console, which has its own columns.
ALTER TABLE filing_event ADD COLUMN notification_status VARCHAR(16) NOT NULL DEFAULT 'PENDING';
CREATE INDEX ix_event_notification ON filing_event (notification_status, id);
