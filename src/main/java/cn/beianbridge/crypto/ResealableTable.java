package cn.beianbridge.crypto;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * A {@link Resealable} over a module's own mapper: {@code reader} gives the rows after a key (as maps, lower-case
 * column names, the key under {@code keyColumn}), {@code writer} writes a row's sealed columns and blind indexes
 * back. One chunk per transaction.
 *
 * @param maxRows rows per chunk at most, whatever the work asks (a table of large values keeps the heap small)
 */
public record ResealableTable(String name, SealedColumns columns, String keyColumn, int maxRows, ChunkReader reader,
		Consumer<Map<String, Object>> writer, PersonalData personalData, TransactionTemplate transactions)
		implements Resealable {

	/** The rows after {@code cursor} (null: from the first) in key order, at most {@code limit}. */
	@FunctionalInterface
	public interface ChunkReader {

		List<Map<String, Object>> read(String cursor, int limit);

	}

	@Override
	public ResealedChunk resealAfter(String cursor, int limit) {
		int rows = Math.min(limit, maxRows);
		return transactions.execute(status -> {
			List<Map<String, Object>> chunk = reader.read(cursor, rows);
			int resealed = 0;
			for (Map<String, Object> row : chunk) {
				if (personalData.resealRow(row, columns)) {
					writer.accept(row);
					resealed++;
				}
			}
			String next = chunk.isEmpty() ? cursor : String.valueOf(chunk.get(chunk.size() - 1).get(keyColumn));
			return new ResealedChunk(next, chunk.size(), resealed, chunk.size() < rows);
		});
	}

	/** A numeric key as the reader wants it: 0 before the first row. */
	public static long afterId(String cursor) {
		return cursor == null ? 0 : Long.parseLong(cursor);
	}

}
