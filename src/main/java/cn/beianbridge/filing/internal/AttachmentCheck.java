package cn.beianbridge.filing.internal;

import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;

import cn.beianbridge.shared.Sha256;

/**
 * An attachment belongs to the entity or to one website of this filing, its content must decode, and its
 * SHA-256 proves the content arrived whole.
 */
final class AttachmentCheck implements SemanticCheck {

	@Override
	public void check(JsonNode filing, Violations violations) {
		Set<String> websiteIds = new LinkedHashSet<>();
		SemanticCheck.items(filing.path("websites")).forEach(website -> {
			if (website.path("consoleWebsiteId").isTextual()) {
				websiteIds.add(website.path("consoleWebsiteId").textValue());
			}
		});
		JsonNode attachments = SemanticCheck.items(filing.path("attachments"));
		for (int i = 0; i < attachments.size(); i++) {
			JsonNodePath path = Violations.ROOT.append("attachments").append(i);
			checkOwner(attachments.get(i), path, websiteIds, violations);
			checkContent(attachments.get(i), path, violations);
		}
	}

	private static void checkOwner(JsonNode attachment, JsonNodePath path, Set<String> websiteIds,
			Violations violations) {
		String owner = attachment.path("owner").textValue();
		JsonNode websiteId = attachment.get("consoleWebsiteId");
		if ("WEBSITE".equals(owner) && websiteId == null) {
			violations.add(path.append("consoleWebsiteId"), "Required when owner is WEBSITE: the consoleWebsiteId "
					+ "of the website of this filing the attachment belongs to.");
		}
		else if ("WEBSITE".equals(owner) && websiteId.isTextual() && !websiteIds.contains(websiteId.textValue())) {
			String expected = websiteIds.isEmpty() ? "the id of a website in websites"
					: "one of: " + String.join(", ", websiteIds);
			violations.add(path.append("consoleWebsiteId"), Violations.quote(websiteId.textValue())
					+ " names no website of this filing. Expected " + expected + ".");
		}
		else if ("ENTITY".equals(owner) && websiteId != null) {
			violations.add(path.append("consoleWebsiteId"),
					"Must be absent when owner is ENTITY: an entity's attachment belongs to no website.");
		}
	}

	private static void checkContent(JsonNode attachment, JsonNodePath path, Violations violations) {
		String content = attachment.path("contentBase64").textValue();
		if (content == null) {
			return;
		}
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(content);
		}
		catch (IllegalArgumentException ex) {
			violations.add(path.append("contentBase64"), "Not valid Base64: " + whatIsWrong(content)
					+ ". Expected standard Base64 (A-Z, a-z, 0-9, + and /, padded with =, no line breaks).");
			return;
		}
		String sha256 = attachment.path("sha256").textValue();
		// A malformed digest is the schema's to report; compare only a well-formed one.
		if (sha256 != null && sha256.matches("[0-9a-f]{64}")) {
			String actual = Sha256.hex(bytes);
			if (!actual.equals(sha256)) {
				violations.add(path.append("sha256"), "Does not match the content: the SHA-256 of the decoded "
						+ "contentBase64 is " + actual + ". The content may have been cut or altered.");
			}
		}
	}

	// The decoder names a bad character only by its hex code; a person needs to see it and where it is.
	private static String whatIsWrong(String content) {
		for (int i = 0; i < content.length(); i++) {
			char c = content.charAt(i);
			boolean base64 = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+'
					|| c == '/' || c == '=';
			if (!base64) {
				String shown = Character.isISOControl(c) || Character.isWhitespace(c) ? "" : "'" + c + "' ";
				return "the character " + shown + String.format("(U+%04X) at offset %d is not part of it", (int) c, i);
			}
		}
		return "its length or padding is wrong (" + content.length() + " characters)";
	}

}
