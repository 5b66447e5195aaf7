package cn.beianbridge.scheduling;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Provinces an operator paused, e.g. for a bureau's announced maintenance: every province job (submit, download)
 * skips a paused province as waiting, with the pause's reason in its step, until it is resumed. Nothing is lost
 * meanwhile: filings keep waiting, and a deadline the pause makes missed is reported as usual.
 */
public interface ProvincePauses {

	Optional<Pause> find(String province);

	List<Pause> all();

	/** @return false when the province was already paused (the first pause and its reason stay) */
	boolean pause(String province, String reason, String pausedBy);

	/** @return false when the province was not paused */
	boolean resume(String province);

	record Pause(String province, String reason, String pausedBy, Instant pausedAt) {

		/** The line a skipped step shows. */
		public String describe() {
			return "paused by " + pausedBy + ": " + reason;
		}

	}

}
