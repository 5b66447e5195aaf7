-- An approved CHANGE (BGBA, issue 13) makes its data current: the rows it replaced keep their history and point at
-- it. A website row superseded so no longer answers for what we host or show as filed; an entity superseded so is
-- the earlier filings' entity data, the change's filing now holds it (with the bureau ids copied onto it).
ALTER TABLE website ADD COLUMN superseded_by BIGINT;
ALTER TABLE filing ADD COLUMN entity_superseded_by BIGINT;
CREATE INDEX ix_website_superseded ON website (superseded_by);
