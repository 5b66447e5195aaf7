package cn.beianbridge.bureau;

import java.util.Map;

import cn.beianbridge.filing.FilingDocument.AttachmentFormat;
import cn.beianbridge.filing.FilingDocument.AttachmentPurpose;
import cn.beianbridge.filing.FilingDocument.CertificateType;
import cn.beianbridge.filing.FilingDocument.EntityNature;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The bureau's code tables (its JCDM download), name → code: the filing contract speaks in names
 * ({@code ENTERPRISE}, {@code RESIDENT_ID}, {@code CLOUD}, ...), the upload document in the bureau's codes.
 * Loaded from {@code config/code-tables.yml}; a table or name that is missing fails the one lookup that
 * needs it, naming both, rather than writing a wrong code (the filing is held with that reason).
 */
@ConfigurationProperties("bridge.code-tables")
public record CodeTables(Map<String, String> entityNature, Map<String, String> certificateType,
		Map<String, String> serviceContent, Map<String, String> language, Map<String, String> accessMethod,
		Map<String, String> preApprovalType, Map<String, String> attachmentFormat,
		Map<String, String> attachmentPurpose, Map<String, String> serverLocation) {

	public CodeTables {
		entityNature = copy(entityNature);
		certificateType = copy(certificateType);
		serviceContent = copy(serviceContent);
		language = copy(language);
		accessMethod = copy(accessMethod);
		preApprovalType = copy(preApprovalType);
		attachmentFormat = copy(attachmentFormat);
		attachmentPurpose = copy(attachmentPurpose);
		serverLocation = copy(serverLocation);
	}

	private static Map<String, String> copy(Map<String, String> table) {
		return table == null ? Map.of() : Map.copyOf(table);
	}

	public String entityNature(EntityNature name) {
		return code("entity-nature", entityNature, nameOf(name));
	}

	public String certificateType(CertificateType name) {
		return code("certificate-type", certificateType, nameOf(name));
	}

	public String serviceContent(String name) {
		return code("service-content", serviceContent, name);
	}

	public String language(String name) {
		return code("language", language, name);
	}

	public String accessMethod(String name) {
		return code("access-method", accessMethod, name);
	}

	public String preApprovalType(String name) {
		return code("pre-approval-type", preApprovalType, name);
	}

	public String attachmentFormat(AttachmentFormat name) {
		return code("attachment-format", attachmentFormat, nameOf(name));
	}

	public String attachmentPurpose(AttachmentPurpose name) {
		return code("attachment-purpose", attachmentPurpose, nameOf(name));
	}

	/**
	 * {@code Fbdd}, where the servers are, for a GB/T 2260 region code (the contract's {@code access.serverLocation}):
	 * the table may list the region itself; otherwise its province ({@code 330100} is looked up as {@code 330000}),
	 * which is how the bureau's table of locations counts them.
	 */
	public String serverLocation(String regionCode) {
		String exact = regionCode == null ? null : serverLocation.get(regionCode);
		if (exact != null && !exact.isBlank()) {
			return exact;
		}
		if (regionCode != null && regionCode.length() == 6) {
			String province = serverLocation.get(regionCode.substring(0, 2) + "0000");
			if (province != null && !province.isBlank()) {
				return province;
			}
		}
		throw new UnknownCode("server-location", regionCode);
	}

	private static String nameOf(Enum<?> name) {
		return name == null ? null : name.name();
	}

	private static String code(String table, Map<String, String> codes, String name) {
		String code = name == null ? null : codes.get(name);
		if (code == null || code.isBlank()) {
			throw new UnknownCode(table, name);
		}
		return code;
	}

	/** A name the configured code table does not hold. */
	public static final class UnknownCode extends IllegalArgumentException {

		public UnknownCode(String table, String name) {
			super("No bureau code for %s in code table %s (configure bridge.code-tables.%s.%s)".formatted(name, table,
					table, name));
		}

	}

}
