package cn.beianbridge.filing;

import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

	private final FilingContract contract;

	private final ProvinceRuleCheck rules;

	private final ProvinceCatalogue provinces;

	private final BusinessCalendar calendar;

	private final FilingWriter writer;

	private final FilingTransitions transitions;

	private final RejectedInputs rejectedInputs;

	private final Filings filings;

	private final Clock clock;

	private final MeterRegistry meters;

	private final ChangeAndCancelIntake changeAndCancel;

	FilingIntake(FilingContract contract, ProvinceRuleCheck rules, ProvinceCatalogue provinces,
			BusinessCalendar calendar, FilingWriter writer, FilingTransitions transitions, RejectedInputs rejectedInputs,
			Filings filings, Clock clock, MeterRegistry meters, ChangeAndCancelIntake changeAndCancel) {
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
			keep(source, sourceRef, check, raw.get(), now);
			log.warn("Rejected {} from {} ({}): {} contract error(s): {}", describe(check), source, sourceRef,
					check.errors().size(), check.errors().stream().map(Reason::ruleAndField).limit(10).toList());
			return new IntakeResult(IntakeResult.Outcome.REJECTED, null, check.consoleFilingId(), null,
					check.errors());
		}
		FilingDocument doc = check.document();
		return filings.findByConsoleFilingId(doc.consoleFilingId())
			.map(known -> new IntakeResult(IntakeResult.Outcome.ALREADY_KNOWN, known.id(), known.consoleFilingId(),
					known.state(), List.of()))
			.orElseGet(() -> changeAndCancel.accepts(doc.filingType()) ? store(doc, source, sourceRef, now)
					: notTakenYet(check, raw, source, sourceRef, now));
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
		long id;
		try {
			id = writer.insert(doc, source, deadline.at(), deadline.provisional(), now,
					"photo-approved filing taken in" + (sourceRef == null ? "" : " from " + sourceRef));
		}
		catch (DuplicateKeyException raced) {
			// The only unique key an insert can hit: another node or request stored the same
			// consoleFilingId a moment ago.
			throw new AlreadyStoredConcurrently(doc.consoleFilingId(), raced);
		}
		if (failed.isEmpty()) {
			log.info("Stored filing {} ({} {}), submission deadline {}{}", doc.consoleFilingId(), doc.filingType(),
					province.name(), ChinaTime.format(deadline.at()), deadline.provisional() ? " (provisional)" : "");
			return new IntakeResult(IntakeResult.Outcome.STORED, id, doc.consoleFilingId(), FilingState.RECEIVED,
					List.of());
		}
		transitions.held(id, FilingState.RECEIVED, failed, "province-rules", failed.size() + " rule(s) failed");
		log.info("Held filing {} ({} {}): {}", doc.consoleFilingId(), doc.filingType(), province.name(),
				failed.stream().map(Reason::ruleAndField).toList());
		return new IntakeResult(IntakeResult.Outcome.HELD, id, doc.consoleFilingId(), FilingState.HELD, failed);
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
