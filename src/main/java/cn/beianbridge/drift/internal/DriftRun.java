package cn.beianbridge.drift.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one province's run of the drift check did.
 *
 * @param end why it ended: the list's end (a pass completed), the day's cap, or the gateway (then {@code stopped})
 */
record DriftRun(int agreed, int newFindings, int stillFound, int unanswered, String end, String stopped) {

	enum Checked {
		AGREED, NEW_FINDING, STILL_FOUND, UNANSWERED
	}

	static DriftRun start() {
		return new DriftRun(0, 0, 0, 0, null, null);
	}

	DriftRun plus(Checked checked) {
		return new DriftRun(agreed + (checked == Checked.AGREED ? 1 : 0),
				newFindings + (checked == Checked.NEW_FINDING ? 1 : 0),
				stillFound + (checked == Checked.STILL_FOUND ? 1 : 0),
				unanswered + (checked == Checked.UNANSWERED ? 1 : 0), end, stopped);
	}

	DriftRun passCompleted() {
		return new DriftRun(agreed, newFindings, stillFound, unanswered, "pass completed", null);
	}

	DriftRun capReached() {
		return new DriftRun(agreed, newFindings, stillFound, unanswered, "daily cap reached", null);
	}

	DriftRun stopped(String why) {
		return new DriftRun(agreed, newFindings, stillFound, unanswered, "stopped", why);
	}

	int checked() {
		return agreed + newFindings + stillFound + unanswered;
	}

	Map<String, Integer> counts() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put("domains checked", checked());
		counts.put("new findings", newFindings);
		counts.put("open findings seen again", stillFound);
		counts.put("unanswered", unanswered);
		return counts;
	}

}
