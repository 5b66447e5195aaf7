package cn.beianbridge.download.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.beianbridge.bureau.DownloadDocument.FiledData;
import cn.beianbridge.bureau.DownloadDocument.FiledEntity;
import cn.beianbridge.bureau.DownloadDocument.FiledRecord;
import cn.beianbridge.bureau.DownloadDocument.FiledWebsite;
import cn.beianbridge.download.internal.HostedIdsApplier.KeptWebsite;
import cn.beianbridge.filing.ApprovalsAwaitingNumbers;
import cn.beianbridge.filing.BureauNumbers;
import cn.beianbridge.filing.FiledNumbers;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.FilingSummary;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.HostedObjects;

/**
 * A BASJ section: the bureau's ids and ICP numbers for what we filed, kept on our filing and website rows (named by
 * IspZtid and IspWzid) for the approval, and the bureau's ids of everything we host ({@link HostedIdsApplier}). An approval that came first and waits for these numbers is completed as
 * soon as they are all there. Each record is applied apart ({@link ResultIsolation}).
 * <p>
 * Numbers count only for a SUBMITTED filing of the file's province (one whose approval waits for them is SUBMITTED
 * too), or a BATCHED one: its upload was in flight when a node died, and the submission's reconciliation has not yet
 * recorded it as sent; the bureau's numbers show it arrived, and its result may follow at once. The same numbers again for a filing approved with them (the bureau repeats itself, or they came from its
 * status query first) change nothing; any other record is quarantined and changes nothing.
 */
@Component
class FiledDataApplier {

	private static final Logger log = LoggerFactory.getLogger(FiledDataApplier.class);

	private final BureauNumbers numbers;

	private final Filings filings;

	private final ApprovalsAwaitingNumbers awaiting;

	private final ResultQuarantine quarantine;

	private final ResultIsolation isolation;

	private final HostedIdsApplier ids;

	FiledDataApplier(BureauNumbers numbers, Filings filings, ApprovalsAwaitingNumbers awaiting,
			ResultQuarantine quarantine, ResultIsolation isolation, HostedIdsApplier ids) {
		this.numbers = numbers;
		this.filings = filings;
		this.awaiting = awaiting;
		this.quarantine = quarantine;
		this.isolation = isolation;
		this.ids = ids;
	}

	void apply(StoredDownload file, FiledData data) {
		for (String unreadable : data.unreadable()) {
			quarantine.put(file, null, null,
					"Unreadable filed data (BASJ) in file " + file.fileName() + ": " + unreadable);
		}
		for (FiledRecord record : data.records()) {
			FiledEntity entity = record.entity();
			String identifier = entity.ispZtid() != null ? String.valueOf(entity.ispZtid()) : "Ztid " + entity.ztid();
			isolation.apply(file, identifier, null, "filed data (BASJ) for " + identifier, () -> apply(file, record));
		}
	}

	private void apply(StoredDownload file, FiledRecord record) {
		// first: recording the numbers writes the Ztid and Wzid too, and a changed one must be seen as changed
		List<KeptWebsite> kept = ids.keep(file, record);
		Set<Long> filed = new LinkedHashSet<>();
		FiledEntity entity = record.entity();
		// no IspZtid: an entity filed before, or through another provider; its number is not news to us
		if (entity.ispZtid() != null) {
			String what = "entity IspZtid " + entity.ispZtid() + " (" + entity.icpNumber() + ")";
			Optional<FilingSummary> filing = filings.find(entity.ispZtid());
			if (filing.isEmpty()) {
				quarantine.put(file, String.valueOf(entity.ispZtid()), null,
						"Filed data (BASJ) for " + what + ": no filing of ours has this id");
			}
			else if (numberable(file, filing.get(), entity.ispZtid(), what,
					numbers -> Objects.equals(numbers.entityIcpNumber(), entity.icpNumber()))) {
				recorded(numbers.entityFiled(file.province(), entity.ispZtid(), entity.ztid(), entity.icpNumber()), what);
				filed.add(entity.ispZtid());
			}
		}
		for (FiledWebsite website : record.websites()) {
			if (website.ispWzid() == null) {
				continue;
			}
			String what = "website IspWzid " + website.ispWzid() + " (" + website.icpNumber() + ")";
			Optional<FilingSummary> filing = numbers.filingOfWebsite(website.ispWzid()).flatMap(filings::find);
			if (filing.isEmpty()) {
				quarantine.put(file, String.valueOf(website.ispWzid()), null,
						"Filed data (BASJ) for " + what + ": no website of ours has this id");
			}
			else if (numberable(file, filing.get(), website.ispWzid(), what, numbers -> numbers.websites().stream()
				.anyMatch(w -> w.websiteId() == website.ispWzid() && Objects.equals(w.icpNumber(), website.icpNumber())))) {
				recorded(numbers.websiteFiled(file.province(), website.ispWzid(), website.wzid(), website.icpNumber()),
						what);
				filed.add(filing.get().id());
			}
		}
		for (KeptWebsite website : kept) {
			newAccessNumbers(file, record, website).ifPresent(filed::add);
		}
		filed.forEach(filingId -> awaiting.completeWithFiledNumbers(filingId, file.province(),
				"BASJ in " + file.fileName()));
	}

	/**
	 * A new access names no id of ours but its access's ({@code IspJrid}), by which its website was found: the
	 * numbers of that website and its entity are recorded on a SUBMITTED (or still BATCHED) filing as for the others.
	 *
	 * @return the filing, when they were
	 */
	private Optional<Long> newAccessNumbers(StoredDownload file, FiledRecord record, KeptWebsite website) {
		HostedObjects.Filing filing = website.ours().filing();
		if (website.filed().ispWzid() != null || record.entity().ispZtid() != null
				|| (filing.state() != FilingState.SUBMITTED && filing.state() != FilingState.BATCHED)) {
			return Optional.empty();
		}
		FiledEntity entity = record.entity();
		String what = "website Wzid %d (%s) of filing %s".formatted(website.filed().wzid(), website.filed().icpNumber(),
				filing.consoleFilingId());
		recorded(numbers.websiteFiled(file.province(), website.ours().websiteId(), website.filed().wzid(),
				website.filed().icpNumber()), what);
		recorded(numbers.entityFiled(file.province(), filing.filingId(), entity.ztid(), entity.icpNumber()), what);
		return Optional.of(filing.filingId());
	}

	/**
	 * Whether the numbers may be recorded on the filing: a SUBMITTED (or still BATCHED) filing of the file's province. Otherwise the
	 * record is quarantined, unless it repeats the numbers an approved filing of the province already has.
	 */
	private boolean numberable(StoredDownload file, FilingSummary filing, long ourId, String what,
			Predicate<FiledNumbers> alreadyHas) {
		String identifier = String.valueOf(ourId);
		if (!filing.province().equals(file.province())) {
			quarantine.put(file, identifier, null, ("Filed data (BASJ) for %s: filing %s is filed "
					+ "with province %s, not %s; a bureau numbers only its own province's filings")
				.formatted(what, filing.consoleFilingId(), filing.province(), file.province()));
			return false;
		}
		if (filing.state() == FilingState.SUBMITTED || filing.state() == FilingState.BATCHED) {
			return true;
		}
		if (filing.state() == FilingState.APPROVED && numbers.of(filing.id()).map(alreadyHas::test).orElse(false)) {
			log.info("Filed data (BASJ) in {} for {}: filing {} is approved with these numbers already", file.fileName(),
					what, filing.consoleFilingId());
			return false;
		}
		quarantine.put(file, identifier, null, ("Filed data (BASJ) for %s: filing %s is %s, not "
				+ "SUBMITTED; its numbers are not changed").formatted(what, filing.consoleFilingId(), filing.state()));
		return false;
	}

	// checked just before, so a row not updated now is a race another node won: roll the record back, quarantined
	private static void recorded(boolean updated, String what) {
		if (!updated) {
			throw new IllegalStateException("the filing of " + what + " changed while its numbers were recorded");
		}
	}

}
