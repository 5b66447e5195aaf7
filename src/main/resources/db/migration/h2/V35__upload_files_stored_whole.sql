-- The embedded database lives in memory: it holds no file stored whole before V34 (see mysql/V35 for one that can).
ALTER TABLE upload_batch DROP COLUMN beian_info;
