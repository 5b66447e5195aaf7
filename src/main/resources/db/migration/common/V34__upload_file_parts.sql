-- An upload file's payload is stored in parts: each part a slice of beian_info (about 1 MB of Base64), sealed on its
-- own. One value of up to 90 MB was refused by the server's default max_allowed_packet (the files were made smaller
-- to fit it) and held in the driver's buffer whole while it was written. The parts are written in the file's own
-- transaction, read back one at a time, and purged with the file.
CREATE TABLE upload_batch_part (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  batch_id BIGINT NOT NULL,
  part INT NOT NULL,
  sealed LONGTEXT NOT NULL,
  CONSTRAINT uq_batch_part UNIQUE (batch_id, part),
  CONSTRAINT fk_batch_part_batch FOREIGN KEY (batch_id) REFERENCES upload_batch (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- a file stored whole becomes its own single part (a part is a sealed slice of any length)
INSERT INTO upload_batch_part (batch_id, part, sealed)
  SELECT id, 0, beian_info FROM upload_batch WHERE beian_info IS NOT NULL;

ALTER TABLE upload_batch DROP COLUMN beian_info;
