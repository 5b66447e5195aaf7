package cn.beianbridge.notification.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template text with {@code ${name}} variables, the notation SMS gateways use for their registered
 * templates. Parsed once; rendering never fails, because the variables were checked when the template loaded.
 */
record TemplateText(String source, List<String> parts, Set<String> variables) {

	private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9]*)}");

	/** Even indexes of {@code parts} are literal text, odd ones variable names. */
	static TemplateText parse(String source) {
		List<String> parts = new ArrayList<>();
		Set<String> variables = new LinkedHashSet<>();
		Matcher matcher = VARIABLE.matcher(source);
		int at = 0;
		while (matcher.find()) {
			parts.add(source.substring(at, matcher.start()));
			parts.add(matcher.group(1));
			variables.add(matcher.group(1));
			at = matcher.end();
		}
		parts.add(source.substring(at));
		return new TemplateText(source, List.copyOf(parts), Set.copyOf(variables));
	}

	String render(Map<String, String> values) {
		StringBuilder text = new StringBuilder(source.length() + 64);
		for (int i = 0; i < parts.size(); i++) {
			text.append(i % 2 == 0 ? parts.get(i) : values.getOrDefault(parts.get(i), ""));
		}
		return text.toString();
	}

}
