package cn.beianbridge.filing.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.beianbridge.filing.FilingDocument;
import cn.beianbridge.filing.FilingType;
import cn.beianbridge.filing.Reason;
import cn.beianbridge.province.Province;

/**
 * Where a province wants a change to list every website of the entity ({@code change-lists-every-website}): each
 * website the bridge filed for the entity and the change leaves out is a reason. Websites filed through other
 * providers are not ours to know; the bureau judges those.
 */
public final class ChangeListsEveryWebsiteRule implements FilingRule {

	/** The numbers of an entity's websites the bridge filed and the bureau approved. */
	@FunctionalInterface
	public interface FiledWebsiteNumbers {

		FiledWebsiteNumbers NONE = (province, entityIcpNumber) -> List.of();

		List<String> of(String province, String entityIcpNumber);

	}

	private final FiledWebsiteNumbers filed;

	public ChangeListsEveryWebsiteRule(FiledWebsiteNumbers filed) {
		this.filed = filed;
	}

	@Override
	public List<Reason> check(FilingDocument filing, Province province) {
		if (filing.filingType() != FilingType.CHANGE || !province.rules().changeAndCancel().changeListsEveryWebsite()
				|| filing.entity() == null || filing.entity().icpNumber() == null) {
			return List.of();
		}
		Set<String> listed = new HashSet<>();
		filing.websites().forEach(website -> listed.add(website.icpNumber()));
		return filed.of(province.code(), filing.entity().icpNumber()).stream()
			.filter(number -> !listed.contains(number))
			.map(number -> Reason.of("change-every-website", "$.websites", province.displayName()
					+ " wants every website of the entity in a change, but website " + number
					+ " is not listed: add its current data unchanged"))
			.toList();
	}

}
