package cn.beianbridge.submission.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.beianbridge.bureau.BureauCall;
import cn.beianbridge.bureau.BureauGateway;
import cn.beianbridge.bureau.CancelRecord;
import cn.beianbridge.bureau.ChangeRecord;
import cn.beianbridge.bureau.UploadItem;
import cn.beianbridge.bureau.UploadRecord;
import cn.beianbridge.filing.FilingDocument;
import cn.beianbridge.filing.FilingHeld;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.FilingTransitions;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.Reason;
import cn.beianbridge.province.Province;
import cn.beianbridge.province.ProvinceCatalogue;
import cn.beianbridge.submission.internal.FilingPasswordAnswer.Verdict;
import cn.beianbridge.submission.internal.FilingPasswordCheckMapper.CheckRow;

/**
 * The filing password checked with the bureau ({@code isp_verifybamm}, through the province's gateway and its
 * rate) before a filing that needs it goes into a file, so a wrong one is caught before the bureau refuses the
 * filing from the file (1018): a NEW_WEBSITE, a NEW_ACCESS, a CHANGE where the province wants the password with it, an
 * entity's CANCEL. Correct: packed as before, and never asked again. Wrong: held with a reason the
 * console and the customer read. No answer (22, an error, a timeout): the filing stays RECEIVED and waits for the
 * next run, noted once in its history, its deadline running as for any waiting filing; the others go on.
 */
@Component
class FilingPasswordGate {

	private static final Logger log = LoggerFactory.getLogger(FilingPasswordGate.class);

	static final String CORRECT = "CORRECT";

	static final String WRONG = "WRONG";

	static final String WAITING = "WAITING";

	static final String SKIPPED = "SKIPPED";

	private final BureauGateway gateway;

	private final ProvinceCatalogue provinces;

	private final FilingPasswordCheckMapper checks;

	private final FilingTransitions transitions;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Filings filings;

	FilingPasswordGate(BureauGateway gateway, ProvinceCatalogue provinces, FilingPasswordCheckMapper checks,
			FilingTransitions transitions, TransactionTemplate transactions, Clock clock, Filings filings) {
		this.filings = filings;
		this.transactions = transactions;
		this.gateway = gateway;
		this.provinces = provinces;
		this.checks = checks;
		this.transitions = transitions;
		this.clock = clock;
	}

	/**
	 * The records that may go into a file now, in their order.
	 *
	 * @param waiting collects the filings left waiting for their check this run (still RECEIVED: the run passes them by)
	 */
	<T extends UploadItem> List<T> admit(String province, List<T> records, Collection<Long> waiting) {
		Province rules = provinces.get(province);
		// what each filing would be asked, where that needs no read; a filing asked nothing goes without a read
		Map<Long, FilingPasswordQuestion> questions = new HashMap<>();
		Set<Long> concerned = new LinkedHashSet<>();
		for (T record : records) {
			if (record instanceof CancelRecord cancel) {
				if (cancel.kind() == CancelRecord.Kind.ENTITY) {
					concerned.add(record.filingId()); // its question needs the stored filing: asked for after the row
				}
				continue; // only an entity's cancellation carries the password
			}
			FilingPasswordQuestion question = question(rules, filing(record));
			if (question.asks() || question.skipped() != null) {
				questions.put(record.filingId(), question);
				concerned.add(record.filingId());
			}
		}
		// where the checks of the filings it concerns stand: one query for all of them
		Map<Long, CheckRow> before = new HashMap<>();
		if (!concerned.isEmpty()) {
			checks.findAll(concerned).forEach(row -> before.put(row.filingId(), row));
		}
		List<T> admitted = new ArrayList<>();
		// several filings of one entity with one password: one question, or they would spend its limit themselves
		Map<String, FilingPasswordAnswer> answers = new HashMap<>();
		List<Skipped> skipped = new ArrayList<>();
		for (T record : records) {
			Verdict verdict = !concerned.contains(record.filingId()) ? Verdict.CORRECT
					: check(province, rules, record, before.get(record.filingId()), questions.get(record.filingId()),
							answers, skipped);
			if (verdict == Verdict.CORRECT) {
				admitted.add(record);
			}
			else if (verdict == Verdict.WAIT) {
				waiting.add(record.filingId());
			}
		}
		skipped(province, skipped);
		return admitted;
	}

	/** @param skipped collects the filings sent unchecked for the first time, with why */
	private Verdict check(String province, Province rules, UploadItem record, CheckRow before,
			FilingPasswordQuestion known, Map<String, FilingPasswordAnswer> answers, List<Skipped> skipped) {
		long filingId = record.filingId();
		if (before != null && CORRECT.equals(before.outcome())) {
			return Verdict.CORRECT;
		}
		FilingPasswordQuestion question = known != null ? known : question(rules, filing(record));
		if (!question.asks()) {
			if (question.skipped() != null && before == null) {
				skipped.add(new Skipped(filingId, record.consoleFilingId(), question.skipped()));
			}
			return Verdict.CORRECT;
		}
		FilingPasswordAnswer answer = ask(province, question, answers);
		int asked = (before == null ? 0 : before.checks()) + 1;
		switch (answer.verdict()) {
			case CORRECT -> save(before, filingId, province, CORRECT, answer.detail(), asked);
			case WRONG -> wrong(before, province, record, answer, asked);
			case WAIT -> waits(before, province, record, answer, asked);
		}
		return answer.verdict();
	}

	private static FilingPasswordQuestion question(Province rules, FilingDocument filing) {
		return FilingPasswordQuestion.of(filing, rules.filingPasswordCheck(),
				rules.rules().changeAndCancel().changeNeedsFilingPassword());
	}

	/** A cancellation's item holds only the bureau's id: its entity's number is the stored filing's. */
	private FilingDocument filing(UploadItem item) {
		if (item instanceof UploadRecord record) {
			return record.filing();
		}
		if (item instanceof ChangeRecord change) {
			return change.filing();
		}
		CancelRecord cancel = (CancelRecord) item;
		return filings.document(cancel.filingId())
			.orElseThrow(() -> new IllegalStateException("Filing " + cancel.filingId() + " is gone"));
	}

	/** Each entity number in turn; the first answer that is not "correct" is the filing's. */
	private FilingPasswordAnswer ask(String province, FilingPasswordQuestion question,
			Map<String, FilingPasswordAnswer> answers) {
		FilingPasswordAnswer answer = null;
		for (String number : question.numbers()) {
			answer = answers.computeIfAbsent(number + "\n" + question.bamm(), key -> FilingPasswordAnswer
				.of(gateway.call(province, new BureauCall.VerifyBamm(number, question.bamm()))));
			if (answer.verdict() != Verdict.CORRECT) {
				return answer;
			}
		}
		return answer;
	}

	private void wrong(CheckRow before, String province, UploadItem record, FilingPasswordAnswer answer, int asked) {
		transactions.executeWithoutResult(status -> {
			save(before, record.filingId(), province, WRONG, answer.detail(), asked);
			transitions.held(record.filingId(), FilingState.RECEIVED, List.of(FilingHeld.filingPasswordWrongReason()),
					UploadBatches.ACTOR, "filing password checked with the bureau before sending (isp_verifybamm): wrong");
		});
		log.warn("Province {}: filing {} held, not sent: the bureau says its filing password is wrong ({})", province,
				record.consoleFilingId(), answer.detail());
	}

	private void waits(CheckRow before, String province, UploadItem record, FilingPasswordAnswer answer, int asked) {
		boolean firstWait = before == null || !WAITING.equals(before.outcome());
		transactions.executeWithoutResult(status -> {
			save(before, record.filingId(), province, WAITING, answer.detail(), asked);
			if (firstWait) {
				transitions.noted(record.filingId(), FilingState.RECEIVED, UploadBatches.ACTOR,
						"waits for its filing password check with the bureau (" + answer.detail()
								+ "); asked again at the next submit run");
			}
		});
		if (firstWait) {
			log.info("Province {}: filing {} waits for its filing password check: {}", province,
					record.consoleFilingId(), answer.detail());
		}
	}

	/**
	 * Filings that need their password checked, sent unchecked (the province's form, or no password): recorded once,
	 * all together (one insert of their check rows, one of their history notes), and logged once per reason.
	 */
	private void skipped(String province, List<Skipped> skipped) {
		if (skipped.isEmpty()) {
			return;
		}
		Instant now = clock.instant();
		Map<Long, String> causes = new LinkedHashMap<>();
		skipped.forEach(s -> causes.put(s.filingId(), s.why()));
		transactions.executeWithoutResult(status -> {
			checks.insertAll(causes.entrySet().stream()
				.map(c -> new CheckRow(c.getKey(), SKIPPED, cut(c.getValue()), 0)).toList(), province, now);
			transitions.notedAll(causes, FilingState.RECEIVED, UploadBatches.ACTOR);
		});
		Map<String, List<String>> byWhy = new LinkedHashMap<>();
		skipped.forEach(s -> byWhy.computeIfAbsent(s.why(), w -> new ArrayList<>()).add(s.consoleFilingId()));
		byWhy.forEach((why, filings) -> log.info("Province {}: filing(s) {}: {}", province, String.join(", ", filings),
				why));
	}

	private static String cut(String detail) {
		return detail == null ? "" : detail.length() <= 500 ? detail : detail.substring(0, 500);
	}

	private void save(CheckRow before, long filingId, String province, String outcome, String detail, int asked) {
		String text = cut(detail);
		if (before == null) {
			checks.insert(filingId, province, outcome, text, asked, clock.instant());
		}
		else {
			checks.update(filingId, outcome, text, asked, clock.instant());
		}
	}

	/** A filing sent without its password checked, and why. */
	private record Skipped(long filingId, String consoleFilingId, String why) {
	}

}
