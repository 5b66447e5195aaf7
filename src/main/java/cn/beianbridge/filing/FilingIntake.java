package cn.beianbridge.filing;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import cn.beianbridge.calendar.BusinessCalendar;
import cn.beianbridge.calendar.Deadline;
import cn.beianbridge.filing.internal.FilingWriter;
import cn.beianbridge.filing.internal.PageWriter;
import cn.beianbridge.filing.internal.RejectedInputs;
import cn.beianbridge.province.Province;
import cn.beianbridge.province.ProvinceCatalogue;
import cn.beianbridge.shared.ChinaTime;

/**
 * Takes one offered filing: checks it against the contract and its province's rules and stores it once.
 * A filing that breaks the contract is kept as a rejected input; one that breaks a rule is held with
 * its reasons. Nothing offered is dropped.
 */
@Service
public class FilingIntake {

	private static final Logger log = LoggerFactory.getLogger(FilingIntake.class);

	private static final String RULES_ACTOR = "province-rules";

	private final FilingContract contract;

	private final ProvinceRuleCheck rules;

	private final ProvinceCatalogue provinces;

	private final BusinessCalendar calendar;

	private final FilingWriter writer;

	private final PageWriter pageWriter;

	private final FilingTransitions transitions;

	private final RejectedInputs rejectedInputs;

	private final Filings filings;

	private final Clock clock;

	private final MeterRegistry meters;

	private final ChangeAndCancelIntake changeAndCancel;

	FilingIntake(FilingContract contract, ProvinceRuleCheck rules, ProvinceCatalogue provinces,
			BusinessCalendar calendar, FilingWriter writer, PageWriter pageWriter, FilingTransitions transitions,
			RejectedInputs rejectedInputs, Filings filings, Clock clock, MeterRegistry meters,
			ChangeAndCancelIntake changeAndCancel) {
		this.pageWriter = pageWriter;
		this.changeAndCancel = changeAndCancel;
		this.contract = contract;
		this.rules = rules;
		this.provinces = provinces;
		this.calendar = calendar;
		this.writer = writer;
		this.transitions = transitions;
		this.rejectedInputs = rejectedInputs;
		this.filings = filings;
		this.clock = clock;
		this.meters = meters;
	}

	/** Pushed or dropped bytes: anything at all, checked before it is trusted. */
	@Transactional
	public IntakeResult accept(byte[] json, IntakeSource source, String sourceRef) {
		return counted(source, decide(contract.check(json),
				() -> new String(json, StandardCharsets.UTF_8), source, sourceRef));
	}

	/** One item of a console page. */
	@Transactional
	public IntakeResult accept(JsonNode item, IntakeSource source, String sourceRef) {
		return counted(source, decide(contract.check(item), item::toString, source, sourceRef));
	}

	/** A filing the contract accepted but the database refused: kept as a rejected input, never dropped. */
	@Transactional
	public IntakeResult rejectUnstorable(byte[] json, IntakeSource source, String sourceRef, String problem) {
		ContractCheck check = contract.check(json);
		List<Reason> errors = List.of(Reason.of("STORE", "$", "the filing could not be stored: " + problem));
		ContractCheck unstorable = new ContractCheck(null, errors, check.consoleFilingId(), check.province());
		keep(source, sourceRef, unstorable, new String(json, StandardCharsets.UTF_8), clock.instant());
		log.error("Filing {} from {} could not be stored and is kept as a rejected input: {}",
				check.consoleFilingId(), sourceRef, problem);
		return counted(source, new IntakeResult(IntakeResult.Outcome.REJECTED, null, check.consoleFilingId(), null,
				errors));
	}

	/** {@code bridge.intake.filings{source,outcome}}: what comes in and what becomes of it. */
	private IntakeResult counted(IntakeSource source, IntakeResult result) {
		meters.counter("bridge.intake.filings", "source", source.name(), "outcome", result.outcome().name())
			.increment();
		return result;
	}

	private IntakeResult decide(ContractCheck check, Supplier<String> raw, IntakeSource source,
			String sourceRef) {
		Instant now = clock.instant();
		if (!check.valid()) {
			return rejected(check, raw, source, sourceRef, now);
		}
		FilingDocument doc = check.document();
		return filings.findByConsoleFilingId(doc.consoleFilingId())
			.map(FilingIntake::alreadyKnown)
			.orElseGet(() -> changeAndCancel.accepts(doc.filingType()) ? store(doc, source, sourceRef, now)
					: notTakenYet(check, raw, source, sourceRef, now));
	}

	/**
	 * A page of console items in one transaction, item by item with the outcome {@link #accept(byte[], IntakeSource,
	 * String)} gives each, but written with a handful of statements for the whole page: one query for the page's
	 * known filings, then its new filings' rows a table at a time ({@link PageWriter}). A consoleFilingId twice in
	 * the page is stored once and already known the second time. Input that breaks the contract or a change while
	 * their intake is off (rare) is kept item by item as alone. If the database refuses anything, the whole page
	 * fails and the caller stores its items one by one.
	 */
	@Transactional
	public List<IntakeResult> acceptPage(List<byte[]> items, IntakeSource source, String sourceRef) {
		Instant now = clock.instant();
		List<ContractCheck> checks = items.stream().map(contract::check).toList();
		Map<String, FilingSummary> known = new HashMap<>();
		filings.findByConsoleFilingIds(checks.stream().filter(ContractCheck::valid)
			.map(check -> check.document().consoleFilingId()).distinct().toList())
			.forEach(filing -> known.put(filing.consoleFilingId(), filing));
		IntakeResult[] results = new IntakeResult[items.size()];
		Map<String, Integer> firstInPage = new HashMap<>();
		Map<Integer, Integer> repeats = new LinkedHashMap<>();
		List<Checked> fresh = new ArrayList<>();
		List<Integer> freshAt = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			ContractCheck check = checks.get(i);
			byte[] json = items.get(i);
			Supplier<String> raw = () -> new String(json, StandardCharsets.UTF_8);
			if (!check.valid()) {
				results[i] = rejected(check, raw, source, sourceRef, now);
				continue;
			}
			FilingDocument doc = check.document();
			if (known.containsKey(doc.consoleFilingId())) {
				results[i] = alreadyKnown(known.get(doc.consoleFilingId()));
			}
			else if (firstInPage.containsKey(doc.consoleFilingId())) {
				repeats.put(i, firstInPage.get(doc.consoleFilingId()));
			}
			else if (!changeAndCancel.accepts(doc.filingType())) {
				results[i] = notTakenYet(check, raw, source, sourceRef, now);
			}
			else {
				firstInPage.put(doc.consoleFilingId(), fresh.size());
				fresh.add(checkRules(doc, now));
				freshAt.add(i);
			}
		}
		List<Long> ids = pageWriter.insert(fresh.stream()
			.map(checked -> new PageWriter.NewFiling(checked.doc(), source, checked.deadline().at(),
					checked.deadline().provisional(), cause(sourceRef), checked.failed(), RULES_ACTOR,
					rulesCause(checked.failed())))
			.toList(), now);
		List<FilingHeld> held = new ArrayList<>();
		for (int j = 0; j < fresh.size(); j++) {
			Checked checked = fresh.get(j);
			results[freshAt.get(j)] = stored(checked, ids.get(j));
			if (!checked.failed().isEmpty()) {
				held.add(FilingTransitions.heldEvent(ids.get(j), checked.doc(), checked.deadline().at(), now,
						checked.failed()));
			}
		}
		transitions.heldAtIntake(held);
		repeats.forEach((i, j) -> results[i] = new IntakeResult(IntakeResult.Outcome.ALREADY_KNOWN, ids.get(j),
				fresh.get(j).doc().consoleFilingId(), results[freshAt.get(j)].state(), List.of()));
		return Arrays.stream(results).map(result -> counted(source, result)).toList();
	}

	private IntakeResult rejected(ContractCheck check, Supplier<String> raw, IntakeSource source, String sourceRef,
			Instant now) {
		keep(source, sourceRef, check, raw.get(), now);
		log.warn("Rejected {} from {} ({}): {} contract error(s): {}", describe(check), source, sourceRef,
				check.errors().size(), check.errors().stream().map(Reason::ruleAndField).limit(10).toList());
		return new IntakeResult(IntakeResult.Outcome.REJECTED, null, check.consoleFilingId(), null, check.errors());
	}

	private static IntakeResult alreadyKnown(FilingSummary known) {
		return new IntakeResult(IntakeResult.Outcome.ALREADY_KNOWN, known.id(), known.consoleFilingId(), known.state(),
				List.of());
	}

	/**
	 * A CHANGE or CANCEL while their intake is off: refused naming filingType, and kept like any rejected input, so it
	 * can be taken in from there once their intake is on.
	 */
	private IntakeResult notTakenYet(ContractCheck check, Supplier<String> raw, IntakeSource source,
			String sourceRef, Instant now) {
		FilingType type = check.document().filingType();
		List<Reason> errors = List.of(Reason.of("change-and-cancel-disabled", "$.filingType", type
				+ " filings are not taken in on this system yet (bridge.intake.change-and-cancel.enabled is false): it is "
				+ "switched on once the bureau's cancel-reason table (config/cancel-reasons.yml) is loaded. The filing "
				+ "is kept and can be taken in then."));
		ContractCheck refused = new ContractCheck(null, errors, check.consoleFilingId(), check.province());
		keep(source, sourceRef, refused, raw.get(), now);
		log.warn("Refused {} filing {} from {} ({}): change and cancel intake is disabled", type,
				check.consoleFilingId(), source, sourceRef);
		return new IntakeResult(IntakeResult.Outcome.REJECTED, null, check.consoleFilingId(), null, errors);
	}

	private IntakeResult store(FilingDocument doc, IntakeSource source, String sourceRef, Instant now) {
		Checked checked = checkRules(doc, now);
		long id;
		try {
			id = writer.insert(doc, source, checked.deadline().at(), checked.deadline().provisional(), now,
					cause(sourceRef));
		}
		catch (DuplicateKeyException raced) {
			// The only unique key an insert can hit: another node or request stored the same
			// consoleFilingId a moment ago.
			throw new AlreadyStoredConcurrently(doc.consoleFilingId(), raced);
		}
		if (!checked.failed().isEmpty()) {
			transitions.held(id, FilingState.RECEIVED, checked.failed(), RULES_ACTOR, rulesCause(checked.failed()));
		}
		return stored(checked, id);
	}

	/** A new filing checked against its province's rules, not yet written. */
	private record Checked(FilingDocument doc, Province province, Deadline deadline, List<Reason> failed) {
	}

	private Checked checkRules(FilingDocument doc, Instant now) {
		Province province = provinces.get(doc.province());
		// a change or cancel without an approval time is due from when it reached the bridge
		Deadline deadline = calendar.submissionDeadline(doc.photoApprovedAt() == null ? now
				: doc.photoApprovedAt().toInstant());
		List<Reason> failed = new ArrayList<>();
		if (!province.enabled()) {
			failed.add(Reason.of("province-disabled", "$.province",
					"Filing with " + province.name() + " (" + province.code() + ") is not enabled on this system"));
		}
		failed.addAll(rules.check(doc, province));
		return new Checked(doc, province, deadline, failed);
	}

	/** The outcome of a filing just written, and its log line. */
	private static IntakeResult stored(Checked checked, long id) {
		FilingDocument doc = checked.doc();
		if (checked.failed().isEmpty()) {
			log.info("Stored filing {} ({} {}), submission deadline {}{}", doc.consoleFilingId(), doc.filingType(),
					checked.province().name(), ChinaTime.format(checked.deadline().at()),
					checked.deadline().provisional() ? " (provisional)" : "");
			return new IntakeResult(IntakeResult.Outcome.STORED, id, doc.consoleFilingId(), FilingState.RECEIVED,
					List.of());
		}
		log.info("Held filing {} ({} {}): {}", doc.consoleFilingId(), doc.filingType(), checked.province().name(),
				checked.failed().stream().map(Reason::ruleAndField).toList());
		return new IntakeResult(IntakeResult.Outcome.HELD, id, doc.consoleFilingId(), FilingState.HELD,
				checked.failed());
	}

	private static String cause(String sourceRef) {
		return "photo-approved filing taken in" + (sourceRef == null ? "" : " from " + sourceRef);
	}

	private static String rulesCause(List<Reason> failed) {
		return failed.size() + " rule(s) failed";
	}

	/**
	 * Input that broke the contract is kept whole; the console hears of it where it can tell which filing it was,
	 * once: the same input again (a page re-read after a crash, a retried push) is answered alike but
	 * neither kept nor announced again.
	 */
	private void keep(IntakeSource source, String sourceRef, ContractCheck check, String raw, Instant now) {
		if (rejectedInputs.keep(source, sourceRef, check, raw, now)) {
			transitions.inputRejected(check);
		}
	}

	private static String describe(ContractCheck check) {
		return check.consoleFilingId() == null ? "an input without consoleFilingId"
				: "filing " + check.consoleFilingId();
	}

	/** The same consoleFilingId was stored by a concurrent intake; the caller retries and finds it known. */
	public static class AlreadyStoredConcurrently extends RuntimeException {

		AlreadyStoredConcurrently(String consoleFilingId, Throwable cause) {
			super("Filing " + consoleFilingId + " was stored concurrently", cause);
		}

	}

}
