package cn.beianbridge.scheduling.internal;

import java.util.List;

/** This node took over these dead incarnations: what they left (runs, leases) is to be picked up now. */
record NodesDied(List<NodeRow> nodes) {
}
