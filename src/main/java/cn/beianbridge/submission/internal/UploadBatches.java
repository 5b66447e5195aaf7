package cn.beianbridge.submission.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.beianbridge.bureau.BureauSchema;
import cn.beianbridge.bureau.PackedPayload;
import cn.beianbridge.bureau.UploadDocumentCheck;
import cn.beianbridge.bureau.UploadPlan;
import cn.beianbridge.crypto.PersonalData;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.FilingSummary;
import cn.beianbridge.filing.FilingTransitions;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.Reason;
import cn.beianbridge.shared.GeneratedKey;
import cn.beianbridge.shared.OperatorAlert;
import cn.beianbridge.submission.UploadBatchState;

/** Upload files and their moves. Every move that the bureau's answer decides is one transaction. */
@Component
class UploadBatches {

	private static final Logger log = LoggerFactory.getLogger(UploadBatches.class);

	static final String ACTOR = "submission";

	private final UploadBatchMapper mapper;

	private final DataSequences sequences;

	private final FilingTransitions filings;

	private final Filings stored;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final PersonalData personalData;

	private final StorableUploadLimits storable;

	UploadBatches(UploadBatchMapper mapper, DataSequences sequences, FilingTransitions filings, Filings stored,
			Clock clock, ApplicationEventPublisher events, PersonalData personalData, StorableUploadLimits storable) {
		this.personalData = personalData;
		this.storable = storable;
		this.mapper = mapper;
		this.sequences = sequences;
		this.filings = filings;
		this.stored = stored;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * The file, its sequence and its filings, committed together before anything is sent. The file returned carries
	 * the payload given, not one read back: a 50 MB payload is not opened a second time to be sent.
	 */
	@Transactional
	UploadBatch create(String province, UploadPlan.UploadFile file, List<Long> filingIds) {
		long sequence = sequences.assignNext(province);
		GeneratedKey key = new GeneratedKey();
		Instant created = clock.instant().truncatedTo(ChronoUnit.MICROS); // as DATETIME(6) keeps it
		mapper.insertBatch(province, file.fileName(), file.operation().bureauOperation(), sequence,
				file.bureauRecords(), file.payload(), created, key);
		storeParts(key.getId(), file.payload().beianInfo());
		mapper.insertBatchFilings(key.getId(), filingIds);
		mapper.insertMove(key.getId(), null, UploadBatchState.BUILT, null, "built with dataSequence " + sequence,
				clock.instant());
		filings.batched(filingIds, ACTOR, "packed into upload file " + file.fileName() + " (dataSequence " + sequence
				+ ")");
		PackedPayload payload = file.payload();
		return new UploadBatch(key.getId(), province, file.fileName(), file.operation().bureauOperation(), sequence,
				UploadBatchState.BUILT, file.bureauRecords(), payload.beianInfo(), payload.beianInfoHash(),
				payload.encryptAlgorithm(), payload.zipBytes(), 0, null, null, created);
	}

	/**
	 * A filing no file could take is held with its reason, and told to the console; one the bureau's schema refuses
	 * is also an operator's matter (a code table out of range, data the contract let through), alerted once.
	 */
	@Transactional
	void setAside(String province, UploadPlan.SetAside aside, FilingState from) {
		Reason reason = aside.reason();
		String consoleFilingId = aside.record().consoleFilingId();
		filings.held(aside.record().filingId(), from, List.of(reason), ACTOR, "cannot be packed into an upload file");
		log.warn("Province {}: filing {} held, not sent: {}", province, consoleFilingId, reason.text());
		if (UploadDocumentCheck.REASON_CODE.equals(reason.code())) {
			schemaAlert(province, consoleFilingId, reason);
		}
	}

	/**
	 * A CHANGE or CANCEL names an object whose bureau id we do not know (not ours, or its BASJ never came): held, not
	 * sent; the console hears why.
	 */
	@Transactional
	void unresolved(String province, long filingId, List<Reason> reasons) {
		filings.held(filingId, FilingState.RECEIVED, reasons, ACTOR,
				"not sent: the bureau's id of what it names is not known to the bridge");
		FilingSummary filing = stored.find(filingId).orElseThrow();
		String why = String.join("; ", reasons.stream().map(Reason::text).toList());
		log.warn("Province {}: filing {} held, not sent: {}", province, filing.consoleFilingId(), why);
		events.publishEvent(new OperatorAlert(OperatorAlert.Kind.CHANGE_TARGET_UNKNOWN, filing.consoleFilingId(),
				Map.of("province", province, "consoleFilingId", filing.consoleFilingId(), "filingType",
						filing.filingType().name(), "reason", why)));
	}

	private void schemaAlert(String province, String consoleFilingId, Reason reason) {
		events.publishEvent(new OperatorAlert(OperatorAlert.Kind.UPLOAD_SCHEMA_VIOLATION, consoleFilingId,
				Map.of("province", province, "consoleFilingId", consoleFilingId, "reason", reason.text())));
	}

	/**
	 * The payload in sealed parts of at most {@link StorableUploadLimits#partChars()} characters, each a statement of
	 * its own: no statement, and no buffer of the driver's, holds the whole file. A part holds its slice decoded (the
	 * slices are whole Base64 quanta), so the file takes its zip's size on disk, not 1.8 times it; our own encoder
	 * made the text (PackingChain), so encoding the bytes again gives it back exactly.
	 */
	private void storeParts(long batchId, String beianInfo) {
		int size = storable.partChars();
		int part = 0;
		int start = 0;
		do {
			int end = Math.min(beianInfo.length(), start + size);
			byte[] slice = Base64.getDecoder().decode(beianInfo.substring(start, end));
			mapper.insertPart(batchId, part++, personalData.seal(slice));
			start = end;
		}
		while (start < beianInfo.length());
	}

	/** The file without its payload, or null. */
	UploadBatch reload(long id) {
		return mapper.findById(id);
	}

	/** The province's files not yet settled, without their payloads, in sequence order. */
	List<UploadBatch> open(String province) {
		return mapper.findOpen(province);
	}

	/**
	 * The file with its payload, read a part at a time (in one snapshot: a rebuild replaces them all), or with none
	 * when its bytes were purged.
	 */
	@Transactional(readOnly = true)
	UploadBatch withPayload(UploadBatch batch) {
		int parts = mapper.countParts(batch.id());
		if (parts == 0) {
			return batch.withBeianInfo(null);
		}
		List<String> opened = new ArrayList<>(parts);
		for (int part = 0; part < parts; part++) {
			UploadBatchMapper.StoredPart stored = mapper.findPart(batch.id(), part);
			if (stored == null) {
				throw new IllegalStateException("upload file " + batch.fileName() + ": part " + part + " of " + parts
						+ " is missing");
			}
			byte[] bytes = personalData.open(stored.sealed());
			opened.add(stored.textPayload() ? new String(bytes, StandardCharsets.ISO_8859_1)
					: Base64.getEncoder().encodeToString(bytes));
		}
		return batch.withBeianInfo(String.join("", opened));
	}

	List<Long> filingIds(UploadBatch batch) {
		return mapper.findFilingIds(batch.id());
	}

	/** Committed before the call: a node that dies during it leaves a trace to reconcile. */
	void uploading(UploadBatch batch) {
		move(batch, batch.state(), UploadBatchState.UPLOADING, null, null);
	}

	/** The bureau has it: the file is accepted, its number settled, its filings submitted, all at once. */
	@Transactional
	void accepted(UploadBatch batch, UploadBatchState from, String how) {
		move(batch, from, UploadBatchState.ACCEPTED, 0, how);
		sequences.accepted(batch.province(), batch.dataSequence());
		filings.submitted(filingIds(batch), ACTOR, "upload file " + batch.fileName() + " accepted by the bureau ("
				+ how + ")");
		log.info("Province {}: file {} (dataSequence {}, {} records) accepted", batch.province(), batch.fileName(),
				batch.dataSequence(), batch.recordCount());
	}

	void moved(UploadBatch batch, UploadBatchState from, UploadBatchState to, Integer msgCode, String msg) {
		move(batch, from, to, msgCode, msg);
	}

	/** The file's new bytes; the filings whose records broke the schema leave it, held with the schema's reason. */
	@Transactional
	void rebuilt(UploadBatch batch, PackedPayload payload, int recordCount, Map<Long, Reason> held) {
		release(batch, held);
		mapper.deleteParts(batch.id());
		storeParts(batch.id(), payload.beianInfo());
		mapper.replacePayload(batch.id(), payload, recordCount, clock.instant());
	}

	/**
	 * Every filing of a file being rebuilt broke the schema and was held: the empty file keeps its dataSequence, which
	 * the bureau never accepted, so the province waits for an operator (blocked), as after a second refusal.
	 */
	@Transactional
	void emptied(UploadBatch batch, Map<Long, Reason> held) {
		release(batch, held);
		block(batch, batch.state(), batch.lastMsgCode() == null ? 0 : batch.lastMsgCode(), "file " + batch.fileName()
				+ " rebuilt: each of its filings now breaks " + BureauSchema.UPLOAD_DATA.file()
				+ " and is held; the file is empty and dataSequence " + batch.dataSequence() + " unused");
	}

	private void release(UploadBatch batch, Map<Long, Reason> held) {
		if (held.isEmpty()) {
			return;
		}
		mapper.deleteBatchFilings(batch.id(), List.copyOf(held.keySet()));
		held.forEach((filingId, reason) -> {
			filings.held(filingId, FilingState.BATCHED, List.of(reason), ACTOR,
					"left upload file " + batch.fileName() + " when it was rebuilt");
			String consoleFilingId = stored.find(filingId).orElseThrow().consoleFilingId();
			log.warn("Province {}: filing {} held, taken out of file {}: {}", batch.province(), consoleFilingId,
					batch.fileName(), reason.text());
			schemaAlert(batch.province(), consoleFilingId, reason);
		});
	}

	void renumber(UploadBatch batch, long sequence) {
		mapper.renumber(batch.id(), sequence, clock.instant());
	}

	long highestAccepted(String province) {
		Long highest = mapper.maxAcceptedSequence(province);
		return highest == null ? 0 : highest;
	}

	String blockReason(String province) {
		return mapper.countBlock(province) == 0 ? null : mapper.blockReason(province);
	}

	/** Nothing more goes to this province until an operator lifts the block. */
	@Transactional
	void block(UploadBatch batch, UploadBatchState from, int msgCode, String reason) {
		move(batch, from, UploadBatchState.BLOCKED, msgCode, reason);
		mapper.insertBlock(batch.province(), msgCode, reason, clock.instant());
		events.publishEvent(new OperatorAlert(OperatorAlert.Kind.PROVINCE_BLOCKED, batch.province() + ":" + batch.id()
				+ ":" + msgCode, Map.of("province", batch.province(), "fileName", batch.fileName(), "msgCode",
						Integer.toString(msgCode), "reason", reason)));
		log.error("Province {} BLOCKED, an operator is needed: {} (msg_code {})", batch.province(), reason, msgCode);
	}

	private void move(UploadBatch batch, UploadBatchState from, UploadBatchState to, Integer msgCode, String msg) {
		String text = msg == null || msg.length() <= 2000 ? msg : msg.substring(0, 2000);
		Instant now = clock.instant();
		if (mapper.moveState(batch.id(), from, to, msgCode, text, now) != 1) {
			throw new IllegalStateException("Upload file " + batch.fileName() + " is no longer " + from);
		}
		mapper.insertMove(batch.id(), from, to, msgCode, text, now);
	}

}
