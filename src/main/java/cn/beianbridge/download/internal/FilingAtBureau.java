package cn.beianbridge.download.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.beianbridge.bureau.BeianStatus;
import cn.beianbridge.bureau.BureauCall;
import cn.beianbridge.bureau.BureauGateway;
import cn.beianbridge.bureau.StatusQuerySettings;
import cn.beianbridge.filing.BureauNumbers;
import cn.beianbridge.filing.FiledNumbers;
import cn.beianbridge.filing.FilingDocument;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.shared.IcpNumber;

/**
 * What the bureau's {@code isp_querybeianstatus} says about one of our filings: each website still without its ICP
 * number is asked about by its first domain; the numbers count only when every website is filed under one entity.
 * Used when an approval's numbers are late and when a review is past its limit. Asked outside any transaction.
 */
@Component
class FilingAtBureau {

	private final BureauNumbers numbers;

	private final Filings filings;

	private final BureauGateway gateway;

	private final StatusQuerySettings queries;

	FilingAtBureau(BureauNumbers numbers, Filings filings, BureauGateway gateway, StatusQuerySettings queries) {
		this.numbers = numbers;
		this.filings = filings;
		this.gateway = gateway;
		this.queries = queries;
	}

	/** Asks about the websites of the filing that have no number yet. */
	Answer websites(long filingId, String province) {
		FiledNumbers filed = numbers.of(filingId).orElseThrow();
		Map<String, List<String>> domains = new LinkedHashMap<>();
		filings.contacts(filingId).orElseThrow().websites()
			.forEach(site -> domains.put(site.consoleWebsiteId(), site.domains()));
		String entity = filed.entityIcpNumber();
		Map<Long, String> websites = new LinkedHashMap<>();
		List<String> said = new ArrayList<>();
		for (FiledNumbers.WebsiteNumber website : filed.websites()) {
			if (website.icpNumber() != null) {
				websites.put(website.websiteId(), website.icpNumber());
				continue;
			}
			List<String> names = domains.getOrDefault(website.consoleWebsiteId(), List.of());
			if (names.isEmpty()) {
				return Answer.incomplete(said, "website " + website.consoleWebsiteId() + " has no domain to ask by");
			}
			String domain = names.get(0);
			BeianStatus status = BeianStatus.ask(gateway, province, BureauCall.QueryBeianStatus.byDomain(domain));
			if (status instanceof BeianStatus.NotFiled) {
				return Answer.incomplete(said, "the bureau knows no filed website for " + domain + " (Bazt 1)");
			}
			if (!(status instanceof BeianStatus.Filed site)) {
				return Answer.unanswered(said, status.said());
			}
			Optional<IcpNumber> number = IcpNumber.parse(site.websiteIcpNumber());
			if (number.isEmpty() || !number.get().isWebsiteNumber()) {
				return Answer.incomplete(said, "the bureau knows no filed website for " + domain + " (Wzbah "
						+ site.websiteIcpNumber() + ")");
			}
			String entityOfSite = number.get().entityNumber().toString();
			if (entity == null) {
				entity = entityOfSite;
			}
			if (!IcpNumber.parse(entity).map(IcpNumber::entityNumber).map(IcpNumber::toString).orElse("")
				.equals(entityOfSite)) {
				return Answer.incomplete(said, domain + " is filed as " + number.get() + ", not under the entity's "
						+ entity);
			}
			websites.put(website.websiteId(), number.get().toString());
			said.add(domain + " → " + number.get());
		}
		if (entity == null && !websites.isEmpty()) {
			entity = IcpNumber.parse(websites.values().iterator().next()).map(n -> n.entityNumber().toString())
				.orElse(null);
		}
		return new Answer(entity, websites, String.join(", ", said), entity != null, true);
	}

	/**
	 * Asks about the filing's entity by its certificate, where its nature and certificate type have a query type
	 * (config/status-queries.yml); empty when they have none.
	 */
	Optional<BeianStatus> entity(long filingId, String province) {
		FilingDocument.Entity entity = filings.document(filingId).map(FilingDocument::entity).orElse(null);
		return queries.questionAbout(province, entity).map(question -> BeianStatus.ask(gateway, province, question));
	}

	/**
	 * What the bureau's answers came to: every number (complete), or how far they got.
	 *
	 * @param answered false when the bureau did not answer a question (an error, no reply): it told nothing
	 */
	record Answer(String entityIcpNumber, Map<Long, String> websiteIcpNumbers, String said, boolean complete,
			boolean answered) {

		static Answer incomplete(List<String> said, String why) {
			return new Answer(null, Map.of(), joined(said, why), false, true);
		}

		static Answer unanswered(List<String> said, String why) {
			return new Answer(null, Map.of(), joined(said, why), false, false);
		}

		private static String joined(List<String> said, String why) {
			List<String> all = new ArrayList<>(said);
			all.add(why);
			return String.join(", ", all);
		}

	}

}
