package cn.beianbridge.calendar.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.beianbridge.calendar.CalendarFileException;
import cn.beianbridge.calendar.CalendarYear;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one {@code cn-<year>.yml}. Works on the YAML node tree rather than loaded objects because
 * SnakeYAML would turn {@code 2026-02-30} into 2 March without a word; here every date is parsed strictly.
 */
final class CalendarFileParser {

	static final Pattern FILE_NAME = Pattern.compile("cn-(\\d{4})\\.yml");

	private static final List<String> FIELDS = List.of("year", "source", "holidays", "workdays");

	private final Path file;

	private final List<String> problems = new ArrayList<>();

	private CalendarFileParser(Path file) {
		this.file = file;
	}

	static CalendarYear parse(Path file) {
		return new CalendarFileParser(file).parse();
	}

	private CalendarYear parse() {
		Map<String, Node> fields = fields(compose());
		Integer year = year(fields.get("year"));
		String source = text(fields.get("source"), "source");
		Set<LocalDate> holidays = dates(fields.get("holidays"), "holidays", year);
		Set<LocalDate> workdays = dates(fields.get("workdays"), "workdays", year);
		for (LocalDate day : workdays) {
			if (holidays.contains(day)) {
				this.problems.add("holidays, workdays: " + day + " is listed as both a holiday and a working day");
			}
			else if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
				this.problems.add("workdays: " + day + " is a " + day.getDayOfWeek()
						+ ", already a working day; list only weekend days worked (调休上班)");
			}
		}
		failIfProblems();
		return new CalendarYear(year, source, holidays, workdays);
	}

	private MappingNode compose() {
		Node root;
		try (Reader reader = Files.newBufferedReader(this.file)) {
			root = new Yaml(new LoaderOptions()).compose(reader);
		}
		catch (IOException | YAMLException ex) {
			throw new CalendarFileException(this.file, List.of("cannot be read as YAML: " + ex.getMessage()));
		}
		if (root instanceof MappingNode mapping) {
			return mapping;
		}
		throw new CalendarFileException(this.file, List.of("must be a mapping with the fields " + FIELDS));
	}

	private Map<String, Node> fields(MappingNode mapping) {
		Map<String, Node> fields = new LinkedHashMap<>();
		for (NodeTuple tuple : mapping.getValue()) {
			String key = (tuple.getKeyNode() instanceof ScalarNode scalar) ? scalar.getValue() : "?";
			if (!FIELDS.contains(key)) {
				this.problems.add(key + ": unknown field" + at(tuple.getKeyNode()) + "; expected one of " + FIELDS);
			}
			else if (fields.put(key, tuple.getValueNode()) != null) {
				this.problems.add(key + ": given twice" + at(tuple.getKeyNode()));
			}
		}
		for (String field : FIELDS) {
			if (!fields.containsKey(field)) {
				this.problems.add(field + ": missing");
			}
		}
		return fields;
	}

	private Integer year(Node node) {
		String text = text(node, "year");
		Matcher name = FILE_NAME.matcher(this.file.getFileName().toString());
		if (!name.matches()) {
			this.problems.add("file name: must be cn-<year>.yml");
		}
		if (text == null) {
			return null;
		}
		if (!text.matches("\\d{4}")) {
			this.problems.add("year: '" + text + "' is not a four-digit year" + at(node));
			return null;
		}
		if (name.matches() && !name.group(1).equals(text)) {
			this.problems.add("year: " + text + " does not match the file name" + at(node));
		}
		return Integer.valueOf(text);
	}

	private String text(Node node, String field) {
		if (node == null) {
			return null;
		}
		if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
			return scalar.getValue().trim();
		}
		this.problems.add(field + ": must be a single non-empty value" + at(node));
		return null;
	}

	private Set<LocalDate> dates(Node node, String field, Integer year) {
		Set<LocalDate> dates = new LinkedHashSet<>();
		if (node == null) {
			return dates;
		}
		if (!(node instanceof SequenceNode sequence)) {
			this.problems.add(field + ": must be a list of dates such as [2026-01-01], or [] for none" + at(node));
			return dates;
		}
		List<Node> items = sequence.getValue();
		for (int i = 0; i < items.size(); i++) {
			String where = field + "[" + i + "]";
			String text = text(items.get(i), where);
			LocalDate date = (text != null) ? date(text, where, items.get(i)) : null;
			if (date == null) {
				continue;
			}
			if (year != null && date.getYear() != year) {
				this.problems.add(where + ": " + date + " is not in " + year + at(items.get(i)));
			}
			else if (!dates.add(date)) {
				this.problems.add(where + ": " + date + " is listed twice" + at(items.get(i)));
			}
		}
		return dates;
	}

	private LocalDate date(String text, String where, Node node) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			this.problems.add(where + ": '" + text + "' is not a date (yyyy-MM-dd)" + at(node));
			return null;
		}
	}

	private void failIfProblems() {
		if (!this.problems.isEmpty()) {
			throw new CalendarFileException(this.file, this.problems);
		}
	}

	private static String at(Node node) {
		return " (line " + (node.getStartMark().getLine() + 1) + ")";
	}

}
