package cn.beianbridge.submission;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param nodeId names this node in province leases; defaults to host, process and a random suffix
 * @param leaseTtl how long a province's lease lasts without renewal (a crashed node's lease expires after it)
 * @param providerId our {@code Qqdwid} in upload documents
 */
@ConfigurationProperties("bridge.submission")
public record SubmissionSettings(String nodeId, @DefaultValue("5m") Duration leaseTtl,
		@DefaultValue("beianbridge") String providerId) {

	public SubmissionSettings {
		if (nodeId == null || nodeId.isBlank()) {
			nodeId = ManagementFactory.getRuntimeMXBean().getName() + "-" + UUID.randomUUID().toString().substring(0, 8);
		}
	}

}
