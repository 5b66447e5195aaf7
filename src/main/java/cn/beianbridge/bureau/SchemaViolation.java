package cn.beianbridge.bureau;

import java.util.List;

/**
 * One way a document breaks one of the {@link BureauSchema official schemas}: where, and which rule. Never the
 * offending value: a filing's values are personal data, and these messages go to logs, held reasons and the console.
 *
 * @param elements the element names from the root down to the element the rule is about; empty when the document
 * is not even well-formed XML
 * @param positions for each element, its 1-based position among its siblings of the same name
 * @param rule the rule broken, e.g. {@code value breaks maxInclusive 64 (cvc-maxInclusive-valid)}
 */
public record SchemaViolation(List<String> elements, List<Integer> positions, String rule) {

	public SchemaViolation {
		elements = List.copyOf(elements);
		positions = List.copyOf(positions);
		if (elements.size() != positions.size()) {
			throw new IllegalArgumentException("one position per element: " + elements + " " + positions);
		}
	}

	/** The whole path, e.g. {@code UploadData/ICP/XZBA/Baxx[2]/Wz_xx/Jr_xx/Wzfb/Fbdd}. */
	public String path() {
		return path(0);
	}

	/** The path from this depth down ({@code path(4)} of a record's violation names the part of the record). */
	public String path(int depth) {
		StringBuilder path = new StringBuilder();
		for (int i = depth; i < elements.size(); i++) {
			if (!path.isEmpty()) {
				path.append('/');
			}
			path.append(elements.get(i));
			if (positions.get(i) > 1) {
				path.append('[').append(positions.get(i)).append(']');
			}
		}
		return path.toString();
	}

	/** The element at this depth, or null when the path is shallower. */
	public String element(int depth) {
		return depth < elements.size() ? elements.get(depth) : null;
	}

	/** The position of the element at this depth among its namesakes, or 0 when the path is shallower. */
	public int position(int depth) {
		return depth < positions.size() ? positions.get(depth) : 0;
	}

	/** As {@link #toString()}, from this depth down. */
	public String describe(int depth) {
		String path = path(depth);
		return path.isEmpty() ? rule : path + ": " + rule;
	}

	@Override
	public String toString() {
		return describe(0);
	}

}
