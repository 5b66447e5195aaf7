package cn.beianbridge.simulator.bureau;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** At most N filing-password checks per provider in any minute (a sliding window); refused checks do not count. */
class PasswordCheckLimiter {

	private static final Duration WINDOW = Duration.ofMinutes(1);

	private final int perMinute;

	private final Map<String, Deque<Instant>> checks = new HashMap<>();

	PasswordCheckLimiter(int perMinute) {
		this.perMinute = perMinute;
	}

	synchronized boolean allow(String province, Instant now) {
		Deque<Instant> recent = checks.computeIfAbsent(province, code -> new ArrayDeque<>());
		while (!recent.isEmpty() && !recent.peekFirst().isAfter(now.minus(WINDOW))) {
			recent.removeFirst();
		}
		if (recent.size() >= perMinute) {
			return false;
		}
		recent.addLast(now);
		return true;
	}

}
