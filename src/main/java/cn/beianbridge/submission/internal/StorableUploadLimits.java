package cn.beianbridge.submission.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.beianbridge.bureau.UploadLimits;

/**
 * The bureau's limits, lowered to what the database can store: a file's bytes are committed before it is sent, as one
 * {@code upload_batch.beian_info} value, and MySQL/MariaDB refuse any statement (and return no row) larger than
 * {@code max_allowed_packet}. A 50 MB zip is stored as about 90 MB of sealed Base64, and the server's default packet is
 * 16 MB; without this, the first file over about 9 MB would fail to store on every run and block its province. The
 * files are made smaller instead, and the operators told once, at start, what to raise.
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

	private UploadLimits limits;

	StorableUploadLimits(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Read from the server once, at the first file. */
	synchronized UploadLimits limits() {
		if (limits == null) {
			limits = of(UploadLimits.BUREAU, maxAllowedPacket(jdbc));
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

	private static Long maxAllowedPacket(JdbcTemplate jdbc) {
		try {
			return jdbc.queryForObject("SELECT @@max_allowed_packet", Long.class);
		}
		catch (DataAccessException noSuchVariable) {
			return null; // H2: no packet limit
		}
	}

}
