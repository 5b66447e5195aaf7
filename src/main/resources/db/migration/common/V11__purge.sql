-- Purge of the evidence vaults: a raw file past its retention loses its bytes, never its row. The row keeps the
-- file's name, province, hash (beian_info_hash), size (upload_batch.zip_bytes) and dates, and says when the bytes went.
ALTER TABLE download_file MODIFY content LONGBLOB NULL;
ALTER TABLE download_file ADD COLUMN purged_at DATETIME(6);
ALTER TABLE upload_batch MODIFY beian_info LONGTEXT NULL;
ALTER TABLE upload_batch ADD COLUMN purged_at DATETIME(6);

-- what the purge looks for: settled files not yet purged, oldest first
CREATE INDEX ix_download_purge ON download_file (purged_at, received_at);
CREATE INDEX ix_batch_purge ON upload_batch (state, purged_at, accepted_at);
-- applied files the bureau was never heard to take back (acknowledged again after a drain)
CREATE INDEX ix_download_unacked ON download_file (province, acked_at, id);
