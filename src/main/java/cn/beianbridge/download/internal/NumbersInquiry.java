package cn.beianbridge.download.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.beianbridge.download.DownloadSettings;
import cn.beianbridge.download.internal.FilingAtBureau.Answer;
import cn.beianbridge.filing.ApprovalsAwaitingNumbers;
import cn.beianbridge.filing.AwaitingApproval;
import cn.beianbridge.shared.ChinaTime;
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

	private final ApprovalsAwaitingNumbers awaiting;

	private final FilingAtBureau bureau;

	private final DownloadSettings settings;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	NumbersInquiry(ApprovalsAwaitingNumbers awaiting, FilingAtBureau bureau, DownloadSettings settings,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
		this.awaiting = awaiting;
		this.bureau = bureau;
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
		Answer answer = bureau.websites(waiting.filingId(), waiting.province());
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

	/** {@code 24h}, {@code 2h30m}: as the setting is written. */
	static String readable(Duration duration) {
		return duration.toString().substring(2).toLowerCase(Locale.ROOT);
	}

}
