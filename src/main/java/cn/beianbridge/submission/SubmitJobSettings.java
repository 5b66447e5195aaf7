package cn.beianbridge.submission;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The submit job's own settings (jobs/submit.yml); its schedule is read by the scheduling module from the same
 * {@code bridge.jobs.submit} block.
 *
 * @param gridSize how many provinces are submitted at once on one node
 * @param staleAfter a running execution with no progress for this long is taken to belong to a dead node: it is
 * marked FAILED (restartable) so that the next firing can start; must exceed the longest single province's run
 */
@ConfigurationProperties("bridge.jobs.submit")
public record SubmitJobSettings(@DefaultValue("4") int gridSize, @DefaultValue("2h") Duration staleAfter) {

	public SubmitJobSettings {
		if (gridSize < 1) {
			throw new IllegalArgumentException("bridge.jobs.submit.grid-size must be at least 1, was " + gridSize);
		}
		if (staleAfter.isNegative() || staleAfter.isZero()) {
			throw new IllegalArgumentException("bridge.jobs.submit.stale-after must be positive, was " + staleAfter);
		}
	}

}
