package cn.beianbridge.purge;

import java.time.Duration;
import java.time.Instant;

/**
 * Records a module keeps that hold personal data (PIPL art. 19: kept no longer than the purpose needs). The purge asks
 * each holder, one chunk at a time, to purge what is older than its retention; the holder alone knows when a record
 * is done with (never one still on its way: an undelivered event, a filing not decided) and what of it an audit keeps.
 */
public interface PersonalDataHolder {

	/** What the records are, for the purge's summary line, e.g. {@code rejected inputs}. */
	String name();

	/** How long these records are kept, one of {@code bridge.purge.personal-data.*}. */
	Duration retention(PurgeSettings.PersonalData settings);

	/**
	 * Purges, in one transaction, at most {@code limit} records that are done with and older than {@code before}
	 * (deleted, or their personal data nulled); how many. Fewer than {@code limit} means nothing more is due.
	 */
	int purge(Instant before, Instant now, int limit);

}
