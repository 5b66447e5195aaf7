-- Console events and notifications are claimed by one delivery queue, whose claim names the run:
-- <node incarnation>/<run mark>, up to 146 characters (bridge.node.name is at most 128). Notifications kept a bare
-- UUID in 64 characters and console events 128: both columns now fit any node's run, as claimed_node (V14) does.
ALTER TABLE filing_event MODIFY claimed_by VARCHAR(160) NULL;
ALTER TABLE notification MODIFY claimed_by VARCHAR(160) NULL;
