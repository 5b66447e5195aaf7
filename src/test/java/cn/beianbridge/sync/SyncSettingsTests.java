package cn.beianbridge.sync;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SyncSettingsTests {

	private static final Duration CLAIM_TTL = Duration.ofMinutes(5);

	private final SyncSettings settings = new SyncSettings(Duration.ofSeconds(30), Duration.ofHours(1), 12, 100,
			CLAIM_TTL);

	@Test
	void theWaitDoublesFromTheInitialBackoffAndStopsAtTheCap() {
		assertThat(settings.delivery().backoffAfter(1)).isEqualTo(Duration.ofSeconds(30));
		assertThat(settings.delivery().backoffAfter(2)).isEqualTo(Duration.ofMinutes(1));
		assertThat(settings.delivery().backoffAfter(5)).isEqualTo(Duration.ofMinutes(8));
		assertThat(settings.delivery().backoffAfter(8)).isEqualTo(Duration.ofHours(1));
		assertThat(settings.delivery().backoffAfter(1_000)).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void nonsenseSettingsAreRefusedByName() {
		assertThatThrownBy(() -> new SyncSettings(Duration.ZERO, Duration.ofHours(1), 12, 100, CLAIM_TTL))
			.hasMessageContaining("bridge.sync.initial-backoff");
		assertThatThrownBy(() -> new SyncSettings(Duration.ofSeconds(30), Duration.ofHours(1), 0, 100, CLAIM_TTL))
			.hasMessageContaining("bridge.sync.max-attempts");
	}

	@Test
	void aClaimShorterThanOnePostToTheConsoleIsRefused() {
		assertThatThrownBy(
				() -> new SyncSettings(Duration.ofSeconds(30), Duration.ofHours(1), 12, 100, Duration.ofSeconds(30)))
			.hasMessageContaining("bridge.sync.claim-ttl")
			.hasMessageContaining("PT30S");
	}

}
