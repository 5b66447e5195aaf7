package cn.beianbridge.bureau;

import java.time.Duration;

import cn.beianbridge.bureau.internal.BureauSettings;

/** Settings for a client under test: short timeouts, so a silent bureau costs the test little. */
public final class TestBureauSettings {

	private TestBureauSettings() {
	}

	public static BureauSettings readTimeout(Duration readTimeout) {
		return new BureauSettings(Duration.ofSeconds(2), readTimeout, new BureauSettings.Redelivery(0, Duration.ZERO),
				new BureauSettings.CircuitBreaker(50, 10, 5, Duration.ofSeconds(60), 2));
	}

}
