package cn.beianbridge.submission.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.beianbridge.bureau.UploadLimits;

/**
 * The bureau's limits, lowered to what the payload budget can hold, and the size of the parts a file is stored in. A
 * file is held in memory several times over while it is built and sent ({@link PayloadBudget#COPIES}): a file larger
 * than the whole budget would go alone and still not fit the heap, so files are no larger than the budget holds once.
 * A file's bytes are committed before it is sent, in parts ({@code upload_batch_part}), each a statement of its own:
 * MySQL/MariaDB refuse a statement larger than {@code max_allowed_packet} (16 MB by default, a 50 MB zip is about 90
 * MB stored), so a part is no larger than a packet holds.
 */
@Component
class StorableUploadLimits {

	private static final Logger log = LoggerFactory.getLogger(StorableUploadLimits.class);

	/** Characters of beian_info per part, where the packet allows: 768 KB decoded and sealed. */
	static final int PART_CHARS = 1 << 20;

	/**
	 * Bytes of a statement per payload character: decoded (3/4) and sealed (header, IV, tag), sent as the driver
	 * escapes binary (up to twice); rounded up.
	 */
	static final double STORED_PER_CHAR = 1.6;

	/** Kept free in a packet for the rest of the statement (the other columns, the SQL). */
	static final long STATEMENT_MARGIN = 64 * 1024;

	private final JdbcTemplate jdbc;

	private final long budget;

	private UploadLimits limits;

	private int partChars;

	StorableUploadLimits(JdbcTemplate jdbc, PayloadBudget budget) {
		this.jdbc = jdbc;
		this.budget = budget.capacity();
	}

	synchronized UploadLimits limits() {
		if (limits == null) {
			limits = heldWithin(UploadLimits.BUREAU, budget);
		}
		return limits;
	}

	/** Characters of a file's payload stored per part, whole Base64 quanta; the packet is read from the server once. */
	synchronized int partChars() {
		if (partChars == 0) {
			partChars = partChars(maxAllowedPacket(jdbc));
		}
		return partChars;
	}

	/** @param packet the server's max_allowed_packet, or null where there is none (H2) */
	static int partChars(Long packet) {
		if (packet == null) {
			return PART_CHARS;
		}
		long fits = (long) ((packet - STATEMENT_MARGIN) / STORED_PER_CHAR);
		if (fits >= PART_CHARS) {
			return PART_CHARS;
		}
		int chars = (int) Math.max(fits, 1024) / 4 * 4;
		log.warn("The database's max_allowed_packet is {} KB: upload files are stored in parts of {} KB (a part takes "
				+ "a statement of its own). Set max_allowed_packet to at least 2M to store them in parts of 1 MB.",
				packet >> 10, chars >> 10);
		return chars;
	}

	/** @param budget the payload budget's bytes: a file at its peak, {@link PayloadBudget#cost}, fits it */
	static UploadLimits heldWithin(UploadLimits limits, long budget) {
		long holdable = budget / PayloadBudget.COPIES;
		if (holdable >= limits.maxBytes()) {
			return limits;
		}
		long needed = PayloadBudget.cost(limits.maxBytes());
		log.warn("The payload budget is {} MB (bridge.submission.payload-budget, by default half the maximum heap): "
				+ "upload files are limited to {} MB zipped so that one, held about {} times over while it is built "
				+ "and sent, fits in it. Set the budget to at least {} MB (or the heap, -Xmx, to twice that) to "
				+ "send files of {} MB.", budget >> 20, String.format("%.1f", holdable / 1e6), PayloadBudget.COPIES,
				(needed >> 20) + 1, limits.maxBytes() / 1_000_000);
		return new UploadLimits(limits.maxRecords(), Math.max(1, holdable));
	}

	private static Long maxAllowedPacket(JdbcTemplate jdbc) {
		try {
			return jdbc.queryForObject("SELECT @@max_allowed_packet", Long.class);
		}
		catch (DataAccessException noSuchVariable) {
			return null; // H2: no packet limit
		}
	}

}
