package cn.beianbridge.submission.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.beianbridge.bureau.UploadLimits;

/**
 * The bureau's limits, lowered to what the database can store and to what the payload budget can hold. A file's
 * bytes are committed before it is sent, as one {@code upload_batch.beian_info} value, and MySQL/MariaDB refuse any
 * statement (and return no row) larger than {@code max_allowed_packet}. A 50 MB zip is stored as about 90 MB of sealed
 * Base64, and the server's default packet is 16 MB; without this, the first file over about 9 MB would fail to store
 * on every run and block its province. The files are made smaller instead, and the operators told once, at start,
 * what to raise. Likewise a file is held in memory several times over while it is built, stored and sent
 * ({@link PayloadBudget#COPIES}): a file larger than the whole budget would go alone and still not fit the heap (a
 * 50 MB file needs about 400 MB), so files are no larger than the budget holds once.
 */
@Component
class StorableUploadLimits {

	private static final Logger log = LoggerFactory.getLogger(StorableUploadLimits.class);

	/**
	 * Stored bytes per zip byte, at most: Base64 of the zip (4/3), sealed and Base64 again (4/3), with the seal's
	 * header and tag; rounded up.
	 */
	static final double STORED_PER_ZIP_BYTE = 1.8;

	/** Kept free in a packet for the rest of the statement (the other columns, the SQL). */
	static final long STATEMENT_MARGIN = 1L << 20;

	private final JdbcTemplate jdbc;

	private final long budget;

	private UploadLimits limits;

	StorableUploadLimits(JdbcTemplate jdbc, PayloadBudget budget) {
		this.jdbc = jdbc;
		this.budget = budget.capacity();
	}

	/** Read from the server once, at the first file. */
	synchronized UploadLimits limits() {
		if (limits == null) {
			limits = heldWithin(of(UploadLimits.BUREAU, maxAllowedPacket(jdbc)), budget);
		}
		return limits;
	}

	/** @param packet the server's max_allowed_packet, or null where there is none (H2) */
	static UploadLimits of(UploadLimits bureau, Long packet) {
		if (packet == null) {
			return bureau;
		}
		long storable = (long) ((packet - STATEMENT_MARGIN) / STORED_PER_ZIP_BYTE);
		if (storable >= bureau.maxBytes()) {
			return bureau;
		}
		long needed = (long) (bureau.maxBytes() * STORED_PER_ZIP_BYTE) + STATEMENT_MARGIN;
		log.warn("The database's max_allowed_packet is {} MB: upload files are limited to {} MB zipped so that each can "
				+ "be stored before it is sent (the bureaus take {} MB). Set max_allowed_packet to at least {} MB "
				+ "(e.g. 128M in the server's configuration) to send full-size files.", packet >> 20,
				String.format("%.1f", storable / 1e6), bureau.maxBytes() / 1_000_000, (needed >> 20) + 1);
		return new UploadLimits(bureau.maxRecords(), Math.max(1, storable));
	}

	/** @param budget the payload budget's bytes: a file at its peak, {@link PayloadBudget#cost}, fits it */
	static UploadLimits heldWithin(UploadLimits limits, long budget) {
		long holdable = budget / PayloadBudget.COPIES;
		if (holdable >= limits.maxBytes()) {
			return limits;
		}
		long needed = PayloadBudget.cost(limits.maxBytes());
		log.warn("The payload budget is {} MB (bridge.submission.payload-budget, by default half the maximum heap): "
				+ "upload files are limited to {} MB zipped so that one, held about {} times over while it is built, "
				+ "stored and sent, fits in it. Set the budget to at least {} MB (or the heap, -Xmx, to twice that) to "
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
