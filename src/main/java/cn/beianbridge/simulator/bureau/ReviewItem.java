package cn.beianbridge.simulator.bureau;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import cn.beianbridge.simulator.bureau.SimulatorRows.ReviewRow;
import cn.beianbridge.simulator.bureau.SimulatorRows.ReviewWebsiteRow;

/** One record (or refused file) due for a decision, with its websites. */
record ReviewItem(ReviewRow row, List<ReviewWebsiteRow> websites) {

	ReviewItem {
		websites = List.copyOf(websites);
	}

	boolean refusedFile() {
		return row.fileResult() != null;
	}

	/** {@code Czlx}: 1 first filing, 2 new website, 3 new access; 0 for a file refused whole (no operation). */
	int czlx() {
		if (row.operation() == null) {
			return 0;
		}
		return switch (row.operation()) {
			case "XZBA" -> 1;
			case "XZWZ" -> 2;
			default -> 3;
		};
	}

	/** Every domain of the record, lower case, each once. */
	List<String> domains() {
		return websites.stream()
			.flatMap(website -> website.domainList().stream())
			.map(domain -> domain.toLowerCase(Locale.ROOT))
			.distinct()
			.toList();
	}

	/** The names a reviewer reads: the entity's (first filing) and the websites'. */
	List<String> names() {
		return Stream.concat(Stream.ofNullable(row.entityName()), websites.stream().map(ReviewWebsiteRow::name)).toList();
	}

	/** How logs name the record: by our entity id, or by the ICP number it extends. */
	String describe() {
		return switch (czlx()) {
			case 0 -> "file " + row.identifier();
			case 1 -> "IspZtid " + row.ispZtid();
			case 2 -> "new website of " + row.identifier();
			default -> "new access of " + row.identifier();
		};
	}

}
