package cn.beianbridge.submission.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.beianbridge.filing.FilingDocument;
import cn.beianbridge.province.FilingPasswordCheck;
import cn.beianbridge.shared.IcpNumber;

/**
 * What {@code isp_verifybamm} is asked about one filing before it is sent: the filing password ({@code bamm}, in
 * the province's form) against the ICP number of the entity it belongs to ({@code baxh}). The password is the
 * entity's, so a NEW_WEBSITE sends the entity's number and a NEW_ACCESS the entity number its websites' numbers
 * carry ({@code 浙ICP备2026012345号-1} → {@code 浙ICP备2026012345号}): one check per entity, whichever of its sites.
 *
 * @param numbers the entity ICP numbers to check the password against (usually one); empty when nothing is asked
 * @param bamm the password as the province takes it; null when nothing is asked
 * @param skipped why a filing that needs its password checked is sent unchecked; null otherwise
 */
record FilingPasswordQuestion(List<String> numbers, String bamm, String skipped) {

	private static final FilingPasswordQuestion NONE = new FilingPasswordQuestion(List.of(), null, null);

	FilingPasswordQuestion {
		numbers = List.copyOf(numbers);
	}

	static FilingPasswordQuestion of(FilingDocument filing, FilingPasswordCheck form) {
		List<String> numbers = switch (filing.filingType()) {
			case NEW_WEBSITE -> entityNumbers(List.of(filing.entity().icpNumber()));
			case NEW_ACCESS -> entityNumbers(filing.websites().stream().map(FilingDocument.Website::icpNumber).toList());
			default -> List.of();
		};
		if (numbers.isEmpty() || form == FilingPasswordCheck.OFF) {
			return NONE;
		}
		if (form == FilingPasswordCheck.PLAIN) {
			return new FilingPasswordQuestion(List.of(), null, "filing password not checked before sending: province "
					+ filing.province() + " takes it in plain text (gateway.filing-password-check: PLAIN) and the "
					+ "filing carries only its MD5; the bureau judges it in the file");
		}
		if (filing.filingPasswordMd5() == null || filing.filingPasswordMd5().isBlank()) {
			return new FilingPasswordQuestion(List.of(), null,
					"filing password not checked before sending: the filing carries none (filingPasswordMd5)");
		}
		return new FilingPasswordQuestion(numbers, filing.filingPasswordMd5(), null);
	}

	/** Whether the bureau is asked. */
	boolean asks() {
		return !numbers.isEmpty();
	}

	// A number the bridge cannot read goes as given: the bureau's answer says what it is.
	private static List<String> entityNumbers(List<String> icpNumbers) {
		Set<String> entities = new LinkedHashSet<>();
		for (String text : icpNumbers) {
			if (text != null && !text.isBlank()) {
				entities.add(IcpNumber.parse(text).map(number -> number.entityNumber().toString()).orElse(text.strip()));
			}
		}
		return List.copyOf(entities);
	}

}
