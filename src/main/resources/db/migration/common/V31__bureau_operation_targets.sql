-- What each CHANGE or CANCEL filing asks the bureau to change or cancel, by the bureau's id, so that only one
-- operation per object and kind is in flight (the bureau refuses a second: 1017, 1027, 1030, 1032). waits_for is the
-- filing a waiting one was last told it waits for, so its history says so once.
CREATE TABLE bureau_operation_target (
  filing_id BIGINT PRIMARY KEY,
  province CHAR(2) NOT NULL,
  operation VARCHAR(16) NOT NULL,
  bureau_id BIGINT NOT NULL,
  waits_for BIGINT NULL,
  recorded_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX bureau_operation_target_object ON bureau_operation_target (operation, bureau_id);
