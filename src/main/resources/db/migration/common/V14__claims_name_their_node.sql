-- A claim on a console event or a notification names the node incarnation that holds it (cluster_node), so a dead
-- node's claims are free at once (stopped, restarted under its name, silent past bridge.node.dead-after), as its
-- province leases are, instead of after claim-ttl. A claim without a node (made before this) lapses as before.
ALTER TABLE filing_event ADD COLUMN claimed_node VARCHAR(160);
ALTER TABLE notification ADD COLUMN claimed_node VARCHAR(160);
