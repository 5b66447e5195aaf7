package cn.beianbridge.submission.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.beianbridge.bureau.AttachmentSource;
import cn.beianbridge.bureau.BureauClients;
import cn.beianbridge.bureau.PrefetchedAttachments;
import cn.beianbridge.bureau.UploadDocumentWriter;
import cn.beianbridge.bureau.UploadFileSplitter;
import cn.beianbridge.bureau.UploadItem;
import cn.beianbridge.bureau.UploadLimits;
import cn.beianbridge.bureau.UploadPlan;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.scheduling.ProvinceLeases;
import cn.beianbridge.scheduling.ProvinceLeases.ProvinceLease;
import cn.beianbridge.submission.ProvinceSubmitter;
import cn.beianbridge.submission.SubmissionSettings;

/**
 * A province's submit run, under its lease: first the files the last run left open (in sequence order),
 * then the waiting filings, earliest deadline first, packed into files of at most 1,000 records / 50 MB; a filing
 * whose password the bureau must check first goes in only once it is correct ({@link FilingPasswordGate}). A CHANGE or
 * CANCEL names its target by the bureau's ids ({@link ChangeAndCancelItems}): one whose ids we do not know is held;
 * one whose target has an operation of its kind with the bureau waits for it ({@link OperationsInFlight}).
 * The run stops at the first file the bureau does not take; the next run starts from it.
 */
@Component
class BatchingProvinceSubmitter implements ProvinceSubmitter {

	private static final Logger log = LoggerFactory.getLogger(BatchingProvinceSubmitter.class);

	private final ProvinceLeases leases;

	private final UploadBatches batches;

	private final UploadSender sender;

	private final UploadRecords records;

	private final FilingPasswordGate passwords;

	private final Filings filings;

	private final UploadDocumentWriter writer;

	private final BureauClients clients;

	private final SubmissionSettings settings;

	private final Clock clock;

	private final OperationsInFlight inFlight;

	private final PayloadBudget budget;

	private final StorableUploadLimits storable;

	/** Where a record's attachment bytes come from as it is written (its document carries none). */
	private final AttachmentSource attachments;

	BatchingProvinceSubmitter(ProvinceLeases leases, UploadBatches batches, UploadSender sender,
			UploadRecords records, FilingPasswordGate passwords, Filings filings, UploadDocumentWriter writer,
			BureauClients clients, SubmissionSettings settings, Clock clock, OperationsInFlight inFlight,
			PayloadBudget budget, StorableUploadLimits storable) {
		this.budget = budget;
		this.storable = storable;
		this.attachments = filings::attachmentContents;
		this.inFlight = inFlight;
		this.passwords = passwords;
		this.leases = leases;
		this.batches = batches;
		this.sender = sender;
		this.records = records;
		this.filings = filings;
		this.writer = writer;
		this.clients = clients;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public ProvinceSubmission submit(String province) {
		String blocked = batches.blockReason(province);
		if (blocked != null) {
			return ProvinceSubmission.skipped(province, "blocked: " + blocked);
		}
		Optional<ProvinceLease> lease = leases.acquire(SubmitJobConfiguration.JOB_NAME, province);
		if (lease.isEmpty()) {
			return ProvinceSubmission.busy(province,
					leases.holder(SubmitJobConfiguration.JOB_NAME, province).orElse("another run"));
		}
		try (ProvinceLease held = lease.get()) {
			return run(province, held);
		}
	}

	private ProvinceSubmission run(String province, ProvinceLease lease) {
		Tally tally = new Tally();
		for (UploadBatch open : batches.open(province)) {
			boolean accepted;
			// read with its payload only to be sent, in the budget as a new file is
			try (PayloadBudget.Permit held = budget(open.zipBytes(), province, lease)) {
				accepted = sender.settle(open);
			}
			if (!tally.count(open, accepted)) {
				return tally.result(province, batches.open(province).size());
			}
		}
		UploadFileSplitter splitter = new UploadFileSplitter(writer, clients.get(province).payloadCodec(),
				storable.limits(), clock);
		List<Long> waiting;
		Set<Long> waits = new HashSet<>(); // still RECEIVED, so passed by for the rest of this run
		Map<ChangeAndCancelItems.Target, Long> going = new HashMap<>();
		while (!(waiting = filings.waitingForSubmission(province, UploadLimits.BUREAU.maxRecords(), waits))
			.isEmpty()) {
			List<UploadItem> ready = passwords.admit(province, items(province, waiting, going, waits), waits);
			if (ready.isEmpty()) {
				continue;
			}
			UploadFileSplitter.Planned plan = splitter.plan(province, settings.providerId(), ready,
					new PrefetchedAttachments(attachments, ready, PrefetchedAttachments.WINDOW));
			plan.setAside().forEach(aside -> batches.setAside(province, aside, FilingState.RECEIVED));
			while (plan.hasNext()) {
				// one file at a time, and only as many bytes as the provinces' shared budget allows in memory
				try (PayloadBudget.Permit held = budget(plan.nextZipBytes(), province, lease)) {
					UploadFileSplitter.Built built = plan.next();
					built.setAside().forEach(aside -> batches.setAside(province, aside, FilingState.RECEIVED));
					if (built.file() == null) {
						continue;
					}
					renew(province, lease); // still ours before the next call
					UploadPlan.UploadFile file = built.file();
					UploadBatch batch = batches.create(province, file,
							file.records().stream().map(UploadItem::filingId).toList());
					if (!tally.count(batch, sender.send(batch))) {
						return tally.result(province, batches.open(province).size());
					}
				}
			}
		}
		return tally.result(province, 0);
	}

	private PayloadBudget.Permit budget(long zipBytes, String province, ProvinceLease lease) {
		try {
			return budget.acquire(PayloadBudget.cost(zipBytes), () -> renew(province, lease));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Province " + province + ": interrupted waiting to build a file", ex);
		}
	}

	private void renew(String province, ProvinceLease lease) {
		if (!lease.renew()) {
			throw new IllegalStateException("Province " + province + ": lease lost to "
					+ leases.holder(SubmitJobConfiguration.JOB_NAME, province).orElse("another run")
					+ " (this node was taken for dead?)");
		}
	}

	/**
	 * The waiting filings' items that may go (read together: {@link UploadRecords#items(List)}): one naming an object
	 * we do not know is held, one whose object has an operation of its kind with the bureau (or going this run) waits.
	 */
	private List<UploadItem> items(String province, List<Long> waiting, Map<ChangeAndCancelItems.Target, Long> going,
			Set<Long> waits) {
		List<UploadItem> items = new ArrayList<>();
		for (Map.Entry<Long, ChangeAndCancelItems.Built> waitingItem : records.items(waiting).entrySet()) {
			long filingId = waitingItem.getKey();
			ChangeAndCancelItems.Built built = waitingItem.getValue();
			if (built instanceof ChangeAndCancelItems.Unresolved unresolved) {
				batches.unresolved(province, filingId, unresolved.reasons());
			}
			else if (built instanceof ChangeAndCancelItems.Ready ready) {
				if (ready.target() == null || inFlight.mayGo(province, filingId, ready.target(), going)) {
					items.add(ready.item());
				}
				else {
					waits.add(filingId);
				}
			}
		}
		return items;
	}

	/** Files and filings this run got accepted. */
	private final class Tally {

		private int files;

		private int filings;

		boolean count(UploadBatch batch, boolean accepted) {
			if (accepted) {
				files++;
				filings += batches.filingIds(batch).size();
			}
			return accepted;
		}

		ProvinceSubmission result(String province, int waiting) {
			// files that only wait (a bureau away) are the submit job's to report, once
			if (files > 0) {
				log.info("Province {}: {} file(s), {} filing(s) submitted; {} file(s) still waiting", province, files,
						filings, waiting);
			}
			return new ProvinceSubmission(province, files, filings, waiting, null);
		}

	}

}
