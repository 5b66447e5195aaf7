package cn.beianbridge.crypto;

/**
 * A module's table with sealed columns, offered to the background re-encryption (the {@code reseal} work): the
 * module reads and writes its own rows, sealing again under the active data key (and writing fresh blind indexes)
 * where {@link PersonalData#isCurrent} says a value is under a retired one.
 */
public interface Resealable {

	/** Stable: names the table's progress row. */
	String name();

	/**
	 * In one transaction: the rows after {@code cursor} (null: from the first) in the table's key order, at most
	 * {@code limit}.
	 */
	ResealedChunk resealAfter(String cursor, int limit);

	/**
	 * @param nextCursor the last row's key, where the next chunk starts
	 * @param scanned rows read; fewer than the limit: the table is done
	 * @param resealed rows written again
	 */
	record ResealedChunk(String nextCursor, int scanned, int resealed) {
	}

}
