package cn.beianbridge.submission.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.beianbridge.bureau.PackedPayload;
import cn.beianbridge.bureau.UploadPlan;
import cn.beianbridge.filing.FilingTransitions;
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

	private final Clock clock;

	private final ApplicationEventPublisher events;

	UploadBatches(UploadBatchMapper mapper, DataSequences sequences, FilingTransitions filings, Clock clock,
			ApplicationEventPublisher events) {
		this.mapper = mapper;
		this.sequences = sequences;
		this.filings = filings;
		this.clock = clock;
		this.events = events;
	}

	/** The file, its sequence and its filings, committed together before anything is sent. */
	@Transactional
	UploadBatch create(String province, UploadPlan.UploadFile file, List<Long> filingIds) {
		long sequence = sequences.assignNext(province);
		UploadBatchMapper.KeyHolder key = new UploadBatchMapper.KeyHolder();
		mapper.insertBatch(province, file.fileName(), file.operation().bureauOperation(), sequence,
				file.bureauRecords(), file.payload(), clock.instant(), key);
		mapper.insertBatchFilings(key.getId(), filingIds);
		filings.batched(filingIds, ACTOR, "packed into upload file " + file.fileName() + " (dataSequence " + sequence
				+ ")");
		return reload(key.getId());
	}

	UploadBatch reload(long id) {
		return mapper.findById(id);
	}

	List<UploadBatch> open(String province) {
		return mapper.findOpen(province);
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

	void rebuilt(UploadBatch batch, PackedPayload payload) {
		mapper.replacePayload(batch.id(), payload, clock.instant());
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
		if (mapper.moveState(batch.id(), from, to, msgCode, text, clock.instant()) != 1) {
			throw new IllegalStateException("Upload file " + batch.fileName() + " is no longer " + from);
		}
	}

}
