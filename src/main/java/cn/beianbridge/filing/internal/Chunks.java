package cn.beianbridge.filing.internal;

import java.util.ArrayList;
import java.util.List;

/** Rows of a multi-row statement, cut so that no statement grows without bound with the page size. */
final class Chunks {

	/** Rows per statement: 500 filings of 39 columns stay below 65,535 placeholders on any driver. */
	static final int ROWS = 500;

	private Chunks() {
	}

	static <T> List<List<T>> of(List<T> rows, int size) {
		List<List<T>> chunks = new ArrayList<>();
		for (int from = 0; from < rows.size(); from += size) {
			chunks.add(rows.subList(from, Math.min(rows.size(), from + size)));
		}
		return chunks;
	}

}
