package cn.beianbridge.crypto;

/**
 * A module's table with sealed columns, offered to the background re-encryption (the {@code reseal} work): the
 * module reads and writes its own rows, through {@link PersonalData#resealRow}.
 */
public interface Resealable {

	/** Stable: names the table's progress row. */
	String name();

	/**
	 * In one transaction: some rows after {@code cursor} (null: from the first) in the table's key order, at most
	 * {@code limit}.
	 */
	ResealedChunk resealAfter(String cursor, int limit);

	/**
	 * @param nextCursor the last row's key, where the next chunk starts
	 * @param scanned rows read
	 * @param resealed rows written again
	 * @param last no rows after these
	 */
	record ResealedChunk(String nextCursor, int scanned, int resealed, boolean last) {
	}

}
