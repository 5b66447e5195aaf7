-- An upload file's payload is stored in parts: each part a slice of beian_info (about 1 MB of Base64), decoded and
-- sealed on its own. One value of up to 90 MB (sealed Base64 of the Base64 text) was refused by the server's default
-- max_allowed_packet (the files were made smaller to fit it), held in the driver's buffer whole while it was written,
-- and took 1.8 times the zip on disk; a part takes the zip's own bytes and a seal. The parts are written in the
-- file's own transaction, read back one at a time, and purged with the file. V35 (per vendor) moves the files stored
-- whole into parts and drops upload_batch.beian_info.
CREATE TABLE upload_batch_part (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  batch_id BIGINT NOT NULL,
  part INT NOT NULL,
  -- sealed (PersonalData): the slice's decoded bytes, or for a file stored whole before V34 its Base64 text itself
  sealed LONGBLOB NOT NULL,
  -- true: the sealed bytes are beian_info's text as it was stored (one part, a file stored whole before V34)
  text_payload BOOLEAN NOT NULL DEFAULT FALSE,
  CONSTRAINT uq_batch_part UNIQUE (batch_id, part),
  CONSTRAINT fk_batch_part_batch FOREIGN KEY (batch_id) REFERENCES upload_batch (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
