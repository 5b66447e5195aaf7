package cn.beianbridge.ops.internal;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The filters a list page keeps in its URL, as a bulk action selects its targets by them: blank values left out, in
 * name order, so the same filters are the same query (in the dry run's link, the run's row and the audit).
 */
record BulkQuery(SortedMap<String, String> parameters) {

	BulkQuery {
		parameters = new TreeMap<>(parameters);
	}

	static BulkQuery of(Map<String, String> parameters) {
		SortedMap<String, String> kept = new TreeMap<>();
		parameters.forEach((name, value) -> {
			if (value != null && !value.isBlank()) {
				kept.put(name, value.strip());
			}
		});
		return new BulkQuery(kept);
	}

	/** {@code a=1&b=2}, as {@link #toString()} writes it. */
	static BulkQuery parse(String text) {
		SortedMap<String, String> parameters = new TreeMap<>();
		if (text != null) {
			for (String pair : text.split("&")) {
				int eq = pair.indexOf('=');
				if (eq > 0) {
					parameters.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
				}
			}
		}
		return of(parameters);
	}

	/** The value, or null when the filter is not set. */
	String get(String name) {
		return parameters.get(name);
	}

	/** Without the named filters (e.g. {@code kind}, which picks the list, not the rows). */
	BulkQuery without(String... names) {
		SortedMap<String, String> rest = new TreeMap<>(parameters);
		for (String name : names) {
			rest.remove(name);
		}
		return new BulkQuery(rest);
	}

	BulkQuery with(String name, String value) {
		SortedMap<String, String> more = new TreeMap<>(parameters);
		more.put(name, value);
		return new BulkQuery(more);
	}

	@Override
	public String toString() {
		return parameters.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

}
