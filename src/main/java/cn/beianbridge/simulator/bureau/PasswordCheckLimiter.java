package cn.beianbridge.simulator.bureau;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * At most N checks of one filing password in any window (sliding), as the interface limits them; refused checks do
 * not count. A password is the entity's: its checks count together whichever of its numbers they name.
 */
class PasswordCheckLimiter {

	private final int perWindow;

	private final Duration window;

	private final Map<String, Deque<Instant>> checks = new HashMap<>();

	PasswordCheckLimiter(int perWindow, Duration window) {
		this.perWindow = perWindow;
		this.window = window;
	}

	/** @param entityNumber the ICP number of the entity whose password is checked */
	synchronized boolean allow(String province, String entityNumber, Instant now) {
		Deque<Instant> recent = checks.computeIfAbsent(province + " " + entityNumber, key -> new ArrayDeque<>());
		while (!recent.isEmpty() && !recent.peekFirst().isAfter(now.minus(window))) {
			recent.removeFirst();
		}
		if (recent.size() >= perWindow) {
			return false;
		}
		recent.addLast(now);
		return true;
	}

}
