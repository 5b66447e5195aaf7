package cn.beianbridge.filing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The bureau's cancel-reason table ({@code JCDM}: {@code Zxly_dms/Zxly_xx} {@code Id}, {@code Nr}, {@code Sfyx}) as
 * data, from {@code config/cancel-reasons.yml} ({@code bridge.cancel-reasons.table}). A CANCEL's
 * {@code cancellation.reasonCode} must be an id listed here as valid. Checked when it is bound, so a broken table stops
 * start-up naming the entry.
 *
 * @param table reason id (1–999) → its text and whether the bureau still accepts it
 */
@ConfigurationProperties("bridge.cancel-reasons")
public record CancelReasons(Map<Integer, CancelReason> table) {

	public static final CancelReasons NONE = new CancelReasons(Map.of());

	public CancelReasons {
		table = table == null ? Map.of() : Map.copyOf(new TreeMap<>(table));
		List<String> problems = new ArrayList<>();
		table.forEach((id, reason) -> {
			String at = "bridge.cancel-reasons.table." + id;
			if (id < 1 || id > 999) {
				problems.add(at + ": the id must be 1-999 (Zxly in upload-data.xsd), is " + id);
			}
			if (reason == null || reason.text() == null || reason.text().isBlank()) {
				problems.add(at + ".text: the reason's text (Nr) is missing");
			}
			else if (reason.valid() == null) {
				problems.add(at + ".valid: missing; true when the bureau's Sfyx is 1");
			}
		});
		if (!problems.isEmpty()) {
			throw new IllegalStateException("The cancel-reason table (config/cancel-reasons.yml) is broken:\n - "
					+ String.join("\n - ", problems));
		}
	}

	public Optional<CancelReason> find(int id) {
		return Optional.ofNullable(table.get(id));
	}

	/** The ids a CANCEL may give now, in order. */
	public List<Integer> validIds() {
		return new TreeMap<>(table).entrySet().stream().filter(entry -> entry.getValue().valid()).map(Map.Entry::getKey)
			.toList();
	}

	/**
	 * One {@code Zxly_xx}.
	 *
	 * @param text {@code Nr}
	 * @param valid {@code Sfyx}: 1 valid, 0 withdrawn by the bureau
	 */
	public record CancelReason(String text, Boolean valid) {
	}

}
