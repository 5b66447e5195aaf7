package cn.beianbridge.download;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The download job's own settings (jobs/download.yml); its schedule is read by the scheduling module from the same
 * {@code bridge.jobs.download} block.
 *
 * @param gridSize how many provinces are downloaded at once on one node
 * @param staleAfter a running execution with no progress for this long belongs to a dead node: it is marked FAILED
 * so that the next firing can start
 */
@ConfigurationProperties("bridge.jobs.download")
public record DownloadJobSettings(@DefaultValue("4") int gridSize, @DefaultValue("1h") Duration staleAfter) {

	public DownloadJobSettings {
		if (gridSize < 1) {
			throw new IllegalArgumentException("bridge.jobs.download.grid-size must be at least 1, was " + gridSize);
		}
		if (staleAfter.isNegative() || staleAfter.isZero()) {
			throw new IllegalArgumentException("bridge.jobs.download.stale-after must be positive, was " + staleAfter);
		}
	}

}
