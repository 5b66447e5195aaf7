-- Every move of an upload file, with the bureau's msg_code when it decided it: the operations console shows a
-- file's history (the row keeps only the last msg_code). Kept as long as the file's row.
CREATE TABLE upload_batch_move (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  batch_id BIGINT NOT NULL,
  from_state VARCHAR(16),
  to_state VARCHAR(16) NOT NULL,
  msg_code INT,
  msg VARCHAR(2000),
  moved_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_batch_move_batch ON upload_batch_move (batch_id, id);
