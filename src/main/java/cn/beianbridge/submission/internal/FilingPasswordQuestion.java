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
 * A CHANGE (where the province wants the password with it) and an entity's CANCEL send the entity's number.
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
		return of(filing, form, false);
	}

	/**
	 * @param changeNeedsPassword whether the province wants the password with a change
	 * ({@code change-and-cancel.change-needs-filing-password}); an entity's cancellation always carries it
	 */
	static FilingPasswordQuestion of(FilingDocument filing, FilingPasswordCheck form, boolean changeNeedsPassword) {
		List<String> numbers = switch (filing.filingType()) {
			case NEW_WEBSITE -> entityNumbers(List.of(filing.entity().icpNumber()));
			case NEW_ACCESS -> entityNumbers(filing.websites().stream().map(FilingDocument.Website::icpNumber).toList());
			case CHANGE -> changeNeedsPassword ? entityNumbers(List.of(filing.entity().icpNumber())) : List.of();
			case CANCEL -> filing.cancellation().kind() == FilingDocument.CancellationKind.ENTITY
					? entityNumbers(List.of(filing.cancellation().icpNumber())) : List.of();
			default -> List.of();
		};
		String md5 = filing.filingType() == cn.beianbridge.filing.FilingType.CANCEL
				? filing.cancellation().filingPasswordMd5() : filing.filingPasswordMd5();
		if (numbers.isEmpty() || form == FilingPasswordCheck.OFF) {
			return NONE;
		}
		if (form == FilingPasswordCheck.PLAIN) {
			return new FilingPasswordQuestion(List.of(), null, "filing password not checked before sending: province "
					+ filing.province() + " takes it in plain text (gateway.filing-password-check: PLAIN) and the "
					+ "filing carries only its MD5; the bureau judges it in the file");
		}
		if (md5 == null || md5.isBlank()) {
			return new FilingPasswordQuestion(List.of(), null,
					"filing password not checked before sending: the filing carries none (filingPasswordMd5)");
		}
		return new FilingPasswordQuestion(numbers, md5, null);
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
