package cn.beianbridge.notification.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import cn.beianbridge.notification.NotificationKind;

/**
 * The message templates of every {@link NotificationKind}, read from {@code config/notifications/} at start-up.
 * Every problem (a missing file, a missing field, a variable the kind does not provide) is reported with the
 * file and field, all at once, and stops the start-up: a notification is never sent with a hole in it.
 */
final class NotificationTemplates {

	private static final Logger log = LoggerFactory.getLogger(NotificationTemplates.class);

	private final Map<NotificationKind, MessageTemplate> templates;

	private NotificationTemplates(Map<NotificationKind, MessageTemplate> templates) {
		this.templates = templates;
	}

	MessageTemplate get(NotificationKind kind) {
		return templates.get(kind);
	}

	static NotificationTemplates load(Path directory) {
		Map<NotificationKind, MessageTemplate> loaded = new EnumMap<>(NotificationKind.class);
		List<String> problems = new ArrayList<>();
		for (NotificationKind kind : NotificationKind.values()) {
			Path file = directory.resolve(kind.file() + ".yml");
			if (!Files.isRegularFile(file)) {
				problems.add(file + ": missing (every notification kind needs its template; leave out sms and email "
						+ "to send nothing)");
				continue;
			}
			MessageTemplate template = read(kind, file, problems);
			if (template != null) {
				loaded.put(kind, template);
				if (template.sms() == null && template.email() == null) {
					log.warn("{} has neither sms nor email: {} notifications are not sent", file, kind);
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Notification templates in " + directory.toAbsolutePath() + " are not usable:\n  "
					+ String.join("\n  ", problems));
		}
		return new NotificationTemplates(loaded);
	}

	private static MessageTemplate read(NotificationKind kind, Path file, List<String> problems) {
		Object root;
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
		}
		catch (IOException | RuntimeException ex) {
			problems.add(file + ": cannot be read as YAML: " + ex.getMessage());
			return null;
		}
		if (root != null && !(root instanceof Map)) {
			problems.add(file + ": must be a mapping with sms and/or email");
			return null;
		}
		Map<?, ?> map = root == null ? Map.of() : (Map<?, ?>) root;
		int before = problems.size();
		MessageTemplate.Sms sms = null;
		Map<?, ?> smsMap = section(map, "sms", file, problems);
		if (smsMap != null) {
			String code = text(smsMap, "template-code", "sms", file, problems);
			String text = text(smsMap, "text", "sms", file, problems);
			if (code != null && text != null) {
				sms = new MessageTemplate.Sms(code, TemplateText.parse(text));
			}
		}
		MessageTemplate.Email email = null;
		Map<?, ?> emailMap = section(map, "email", file, problems);
		if (emailMap != null) {
			String subject = text(emailMap, "subject", "email", file, problems);
			String body = text(emailMap, "body", "email", file, problems);
			if (subject != null && body != null) {
				email = new MessageTemplate.Email(TemplateText.parse(subject), TemplateText.parse(body));
			}
		}
		MessageTemplate template = new MessageTemplate(kind, sms, email);
		Set<String> unknown = new TreeSet<>(template.variables());
		unknown.removeAll(kind.variables());
		if (!unknown.isEmpty()) {
			problems.add(file + ": uses " + unknown + ", which " + kind.file() + " does not provide; it provides "
					+ kind.variables());
		}
		return problems.size() == before ? template : null;
	}

	private static Map<?, ?> section(Map<?, ?> map, String name, Path file, List<String> problems) {
		Object value = map.get(name);
		if (value == null) {
			return null;
		}
		if (!(value instanceof Map)) {
			problems.add(file + ": " + name + " must be a mapping");
			return null;
		}
		return (Map<?, ?>) value;
	}

	private static String text(Map<?, ?> map, String field, String section, Path file, List<String> problems) {
		Object value = map.get(field);
		if (!(value instanceof String) || ((String) value).isBlank()) {
			problems.add(file + ": " + section + "." + field + " is missing or empty");
			return null;
		}
		return (String) value;
	}

}
