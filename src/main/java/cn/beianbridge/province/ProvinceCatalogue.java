package cn.beianbridge.province;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The 31 provincial bureaus, read from {@code config/provinces.yml} and checked for completeness at start-up.
 * Ordered by code.
 */
public class ProvinceCatalogue {

	private final Map<String, Province> byCode = new LinkedHashMap<>();

	public ProvinceCatalogue(Collection<Province> provinces) {
		provinces.stream().sorted(Comparator.comparing(Province::code)).forEach(province -> {
			if (byCode.putIfAbsent(province.code(), province) != null) {
				throw new IllegalArgumentException("Province " + province.code() + " is listed twice");
			}
		});
	}

	public Optional<Province> find(String code) {
		return Optional.ofNullable(code).map(byCode::get);
	}

	/** @throws IllegalArgumentException naming the code when no province has it */
	public Province get(String code) {
		return find(code).orElseThrow(() -> new IllegalArgumentException("No province with code '" + code
				+ "' in the catalogue (bridge.provinces in config/provinces.yml); known codes: " + byCode.keySet()));
	}

	public List<Province> all() {
		return List.copyOf(byCode.values());
	}

	/** The provinces we file with now ({@code bridge.provinces.<code>.enabled}). */
	public List<Province> enabled() {
		return byCode.values().stream().filter(Province::enabled).toList();
	}

	/** Province code to every abbreviation it goes by, the ICP-number one first: {@code 51 → [蜀, 川]}. */
	public Map<String, Set<String>> abbreviationsByProvince() {
		Map<String, Set<String>> abbreviations = new LinkedHashMap<>();
		byCode.forEach((code, province) -> abbreviations.put(code,
				Collections.unmodifiableSet(new LinkedHashSet<>(province.abbreviations()))));
		return Collections.unmodifiableMap(abbreviations);
	}

}
