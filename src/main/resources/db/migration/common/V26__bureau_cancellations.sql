-- The bureau's own cancellations (ZXSJ, issue 13): what it cancelled, by whom, and the ICP numbers it took back.

-- Who ended a CANCELLED filing (OPERATOR before submission, BUREAU by a ZXSJ), and the entity number the bureau
-- retired: moved out of approved_entity_icp so it no longer shows as filed, kept here for the history.
ALTER TABLE filing ADD COLUMN cancelled_by VARCHAR(16);
ALTER TABLE filing ADD COLUMN entity_cancelled_at DATETIME(6);
ALTER TABLE filing ADD COLUMN retired_entity_icp VARCHAR(64);

-- A website no longer hosted: cancelled with its entity, on its own, or its access only (cancel_scope ENTITY,
-- WEBSITE, ACCESS); a retired number moves out of approved_icp_number as above.
ALTER TABLE website ADD COLUMN cancelled_at DATETIME(6);
ALTER TABLE website ADD COLUMN cancelled_by VARCHAR(16);
ALTER TABLE website ADD COLUMN cancel_scope VARCHAR(16);
ALTER TABLE website ADD COLUMN retired_icp_number VARCHAR(64);

-- ZXSJ names objects only by the bureau's ids: V25 indexes them

-- Each bureau cancellation applied, once per (province, scope, bureau id): the same Zxxx in a redelivered or
-- another file finds its row and changes nothing.
CREATE TABLE bureau_cancellation (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  province CHAR(2) NOT NULL,
  scope VARCHAR(16) NOT NULL,
  bureau_id BIGINT NOT NULL,
  remark VARCHAR(2000),
  file_name VARCHAR(255) NOT NULL,
  applied_at DATETIME(6) NOT NULL,
  filings_touched INT NOT NULL,
  retired_icp_numbers VARCHAR(2000),
  CONSTRAINT uk_bureau_cancellation UNIQUE (province, scope, bureau_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
