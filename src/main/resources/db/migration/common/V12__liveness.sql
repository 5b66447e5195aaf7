-- Liveness from facts. Each running process of the application (a node incarnation: its configured name plus a
-- mark of this start) checks in here every few seconds. An incarnation is dead when it stopped checking in, when it
-- stopped (gracefully, or taken for dead), or when a newer process with its name started (a restart).
CREATE TABLE cluster_node (
  incarnation VARCHAR(160) PRIMARY KEY,
  name VARCHAR(128) NOT NULL,
  started_at DATETIME(6) NOT NULL,
  heartbeat_at DATETIME(6) NOT NULL,
  stopped_at DATETIME(6),
  -- stopped, restarted (a newer process took the name), silent (no heartbeat within bridge.node.dead-after)
  stop_reason VARCHAR(16),
  -- when a live node took over what the dead one left (its runs, its leases)
  taken_over_at DATETIME(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_node_name ON cluster_node (name, stopped_at);
CREATE INDEX ix_node_alive ON cluster_node (stopped_at, heartbeat_at);

-- The province lease, now per job (the submit job's uploads, the download job's downloads) and held by a node
-- incarnation: free once released, once its holder is dead, or once its holder's heartbeat stopped renewing it.
-- The old table's rows named processes by a free-form id; a lease is only ever held for a run, so none is lost.
DROP TABLE province_lease;

CREATE TABLE province_lease (
  job VARCHAR(32) NOT NULL,
  province CHAR(2) NOT NULL,
  owner VARCHAR(200),
  node VARCHAR(160),
  acquired_at DATETIME(6),
  expires_at DATETIME(6) NOT NULL,
  PRIMARY KEY (job, province)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A province job that keeps failing for a province: one row while it lasts, so every node logs it once, reminds
-- every bridge.province-jobs.remind-every and alerts the operators once past bridge.province-jobs.alert-after.
CREATE TABLE province_trouble (
  job VARCHAR(32) NOT NULL,
  province CHAR(2) NOT NULL,
  cause VARCHAR(1000) NOT NULL,
  cause_key VARCHAR(1000) NOT NULL,
  since DATETIME(6) NOT NULL,
  failures INT NOT NULL,
  last_failure_at DATETIME(6) NOT NULL,
  reported_at DATETIME(6) NOT NULL,
  alerted_at DATETIME(6),
  PRIMARY KEY (job, province)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
