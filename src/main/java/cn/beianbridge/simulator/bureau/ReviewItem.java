package cn.beianbridge.simulator.bureau;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import cn.beianbridge.simulator.bureau.SimulatorRows.ReviewRow;
import cn.beianbridge.simulator.bureau.SimulatorRows.ReviewWebsiteRow;

/**
 * One record (or refused file) due for a decision, with its websites; a change or cancellation with what it asks
 * ({@code change}, null for the other operations).
 */
record ReviewItem(ReviewRow row, List<ReviewWebsiteRow> websites, ChangeUnderReview change) {

	ReviewItem {
		websites = List.copyOf(websites);
	}

	ReviewItem(ReviewRow row, List<ReviewWebsiteRow> websites) {
		this(row, websites, null);
	}

	boolean refusedFile() {
		return row.fileResult() != null;
	}

	/**
	 * {@code Czlx}: 1 first filing, 2 new website, 3 new access, 4 change, 5 cancel access, 6 cancel entity, 7 cancel
	 * website; 0 for a file refused whole (no operation).
	 */
	int czlx() {
		if (change != null) {
			return change.czlx();
		}
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

	/**
	 * The names a reviewer reads: the entity's (first filing, change) and the websites'; of a cancellation, its
	 * remark (it has no name).
	 */
	List<String> names() {
		if (change != null) {
			return change.change() != null
					? Stream.concat(Stream.ofNullable(change.change().entityName()),
							change.change().websites().stream().map(website -> website.name())).toList()
					: Stream.ofNullable(change.cancel().remark()).toList();
		}
		return Stream.concat(Stream.ofNullable(row.entityName()), websites.stream().map(ReviewWebsiteRow::name)).toList();
	}

	/** How logs name the record: by our entity id, or by the ICP number it extends. */
	String describe() {
		return switch (czlx()) {
			case 0 -> "file " + row.identifier();
			case 1 -> "IspZtid " + row.ispZtid();
			case 2 -> "new website of " + row.identifier();
			case 3 -> "new access of " + row.identifier();
			case 4 -> "change of entity Ztid " + change.jlid();
			case 5 -> "cancellation of access Jrid " + change.jlid();
			case 6 -> "cancellation of entity Ztid " + change.jlid();
			default -> "cancellation of website Wzid " + change.jlid();
		};
	}

}
