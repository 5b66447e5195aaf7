package cn.beianbridge.download.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.beianbridge.bureau.BeianStatusReply.StatusInfo;
import cn.beianbridge.bureau.BureauCall;
import cn.beianbridge.bureau.BureauGateway;
import cn.beianbridge.bureau.BureauReply;
import cn.beianbridge.download.DownloadSettings;
import cn.beianbridge.filing.ApprovalsAwaitingNumbers;
import cn.beianbridge.filing.AwaitingApproval;
import cn.beianbridge.filing.BureauNumbers;
import cn.beianbridge.filing.FiledNumbers;
import cn.beianbridge.filing.FilingContacts;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.shared.ChinaTime;
import cn.beianbridge.shared.IcpNumber;
import cn.beianbridge.shared.OperatorAlert;

/**
 * Approvals whose ICP numbers have not come within {@code bridge.download.numbers-wait}: the bridge asks the bureau
 * ({@code isp_querybeianstatus} by each website's first domain) and tells the operators, once. A reply that names
 * every website's number (all under one entity number) completes the approval with them, saying so in the history;
 * otherwise the approval keeps waiting and the bureau is asked again after the same time.
 */
@Component
class NumbersInquiry {

	private static final Logger log = LoggerFactory.getLogger(NumbersInquiry.class);

	// a province's run asks about so many approvals at most; the rest wait for the next run
	private static final int PER_RUN = 20;

	private static final int BY_DOMAIN = 0;

	private final ApprovalsAwaitingNumbers awaiting;

	private final BureauNumbers numbers;

	private final Filings filings;

	private final BureauGateway gateway;

	private final DownloadSettings settings;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	NumbersInquiry(ApprovalsAwaitingNumbers awaiting, BureauNumbers numbers, Filings filings, BureauGateway gateway,
			DownloadSettings settings, ApplicationEventPublisher events, PlatformTransactionManager transactions,
			Clock clock) {
		this.awaiting = awaiting;
		this.numbers = numbers;
		this.filings = filings;
		this.gateway = gateway;
		this.settings = settings;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** Asks about the province's approvals whose wait is over. @return how many of them it completed */
	int askDue(String province) {
		int completed = 0;
		for (AwaitingApproval waiting : awaiting.due(province, PER_RUN)) {
			try {
				if (ask(waiting)) {
					completed++;
				}
			}
			catch (RuntimeException ex) {
				// one approval that cannot be asked about must not fail the province's download: it is asked again
				// after the same wait, like one the bureau could not answer
				log.error("Could not ask province {} for the ICP numbers of filing {}", province,
						waiting.consoleFilingId(), ex);
				awaiting.askedAgain(waiting.filingId(), clock.instant().plus(settings.numbersWait()),
						"could not ask: " + ex);
			}
		}
		return completed;
	}

	private boolean ask(AwaitingApproval waiting) {
		Answer answer = askBureau(waiting);
		// the bureau is asked outside any transaction; what came of it is recorded with its alert in one
		Boolean completed = transaction.execute(status -> {
			if (answer.complete()) {
				boolean done = awaiting.completeWithNumbers(waiting.filingId(), answer.entityIcpNumber(),
						answer.websiteIcpNumbers(), "isp_querybeianstatus (" + answer.said() + ") after waiting "
								+ readable(settings.numbersWait()));
				if (done) {
					alertOnce(waiting, "the bureau's status query gave them, the approval is complete: " + answer.said());
				}
				return done;
			}
			Optional<AwaitingApproval> before = awaiting.askedAgain(waiting.filingId(),
					clock.instant().plus(settings.numbersWait()), answer.said());
			before.ifPresent(flag -> alertOnce(flag, "still missing: " + answer.said()));
			return false;
		});
		if (Boolean.TRUE.equals(completed)) {
			log.info("Filing {} of province {}: ICP numbers from the bureau's status query after {} without them "
					+ "(approved in {}): {}", waiting.consoleFilingId(), waiting.province(),
					readable(settings.numbersWait()),
					waiting.fileName(), answer.said());
			return true;
		}
		log.warn("Filing {} of province {}, approved in {} at {}, still has no ICP numbers: {}; asked again at {}",
				waiting.consoleFilingId(), waiting.province(), waiting.fileName(), ChinaTime.format(waiting.approvedAt()),
				answer.said(), ChinaTime.format(clock.instant().plus(settings.numbersWait())));
		return false;
	}

	// An alert per filing, the first time its numbers are found late (the flag's alerted_at says so).
	private void alertOnce(AwaitingApproval waiting, String answer) {
		if (waiting.alertedAt() != null) {
			return;
		}
		events.publishEvent(new OperatorAlert(OperatorAlert.Kind.APPROVAL_NUMBERS_LATE, waiting.consoleFilingId(),
				Map.of("province", waiting.province(), "consoleFilingId", waiting.consoleFilingId(), "fileName",
						waiting.fileName(), "approvedAt", ChinaTime.format(waiting.approvedAt()), "numbersWait",
						readable(settings.numbersWait()), "answer", answer)));
	}

	private Answer askBureau(AwaitingApproval waiting) {
		FiledNumbers filed = numbers.of(waiting.filingId()).orElseThrow();
		Map<String, List<String>> domains = new LinkedHashMap<>();
		filings.contacts(waiting.filingId()).orElseThrow().websites()
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
			BureauReply reply = gateway.call(waiting.province(), new BureauCall.QueryBeianStatus(BY_DOMAIN, domain));
			StatusInfo status = reply instanceof BureauReply.Answered answered && answered.msgCode() == 0
					? answered.beianStatus() : null;
			if (status == null) {
				return Answer.incomplete(said, "isp_querybeianstatus for " + domain + ": " + reply);
			}
			Optional<IcpNumber> number = IcpNumber.parse(status.websiteIcpNumber());
			if (!status.filed() || number.isEmpty() || !number.get().isWebsiteNumber()) {
				return Answer.incomplete(said, "the bureau knows no filed website for " + domain + " (Bazt "
						+ (status.filed() ? 0 : 1) + ", Wzbah " + status.websiteIcpNumber() + ")");
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
		return new Answer(entity, websites, String.join(", ", said), entity != null);
	}

	/** {@code 24h}, {@code 2h30m}: as the setting is written. */
	static String readable(Duration duration) {
		return duration.toString().substring(2).toLowerCase(Locale.ROOT);
	}

	/** What the bureau's answers came to: every number (complete), or how far they got. */
	private record Answer(String entityIcpNumber, Map<Long, String> websiteIcpNumbers, String said, boolean complete) {

		static Answer incomplete(List<String> said, String why) {
			List<String> all = new ArrayList<>(said);
			all.add(why);
			return new Answer(null, Map.of(), String.join(", ", all), false);
		}

	}

}
