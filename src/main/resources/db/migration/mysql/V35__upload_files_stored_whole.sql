-- A file stored whole (upload_batch.beian_info, sealed text: Base64 of the sealed bytes) becomes its own single part:
-- the same sealed bytes, marked as holding the Base64 text itself (V34). Its value fit the packet when it was stored,
-- so its decoded bytes, a quarter smaller, fit it now.
INSERT INTO upload_batch_part (batch_id, part, sealed, text_payload)
  SELECT id, 0, FROM_BASE64(beian_info), TRUE FROM upload_batch WHERE beian_info IS NOT NULL;

ALTER TABLE upload_batch DROP COLUMN beian_info;
