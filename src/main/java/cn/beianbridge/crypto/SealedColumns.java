package cn.beianbridge.crypto;

import java.util.List;
import java.util.Map;

/**
 * A table's sealed columns as its mapper reads them into a map (lower-case column names), for
 * {@link PersonalData#resealRow}.
 *
 * @param text Base64 text columns
 * @param bytes byte columns
 * @param blindIndexes index column → the text column whose value it indexes
 */
public record SealedColumns(List<String> text, List<String> bytes, Map<String, String> blindIndexes) {

	public SealedColumns {
		text = List.copyOf(text);
		bytes = List.copyOf(bytes);
		blindIndexes = Map.copyOf(blindIndexes);
	}

	public static SealedColumns text(String... columns) {
		return new SealedColumns(List.of(columns), List.of(), Map.of());
	}

	public SealedColumns withBlindIndexes(Map<String, String> indexes) {
		return new SealedColumns(text, bytes, indexes);
	}

}
