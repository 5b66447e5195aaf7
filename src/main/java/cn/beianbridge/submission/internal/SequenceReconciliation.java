package cn.beianbridge.submission.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.beianbridge.bureau.BureauCall;
import cn.beianbridge.bureau.BureauGateway;
import cn.beianbridge.bureau.BureauReply;
import cn.beianbridge.bureau.BureauReturn;
import cn.beianbridge.bureau.MsgCodeClass;

/** Asks the bureau what it last accepted, and lines our sequence up with it. */
@Component
class SequenceReconciliation {

	private static final Logger log = LoggerFactory.getLogger(SequenceReconciliation.class);

	enum Verdict {
		RECEIVED, NOT_RECEIVED, NO_ANSWER
	}

	private final BureauGateway gateway;

	private final UploadBatches batches;

	private final DataSequences sequences;

	SequenceReconciliation(BureauGateway gateway, UploadBatches batches, DataSequences sequences) {
		this.gateway = gateway;
		this.batches = batches;
		this.sequences = sequences;
	}

	/**
	 * Did the bureau receive this file? Yes when it names this sequence with this file's hash, or a later one
	 * (it refuses gaps, so a later number means ours went in before it).
	 */
	Verdict previousUpload(UploadBatch batch) {
		BureauReturn last = lastAccepted(batch.province());
		if (last == null) {
			return Verdict.NO_ANSWER;
		}
		long bureauSequence = sequenceOf(last);
		if (bureauSequence > batch.dataSequence()) {
			return Verdict.RECEIVED;
		}
		if (bureauSequence == batch.dataSequence()) {
			if (batch.beianInfoHash().equals(last.fileInfo().beianInfoHash())) {
				return Verdict.RECEIVED;
			}
			log.error("Province {}: the bureau holds another file under dataSequence {} than our {}", batch.province(),
					bureauSequence, batch.fileName());
		}
		return Verdict.NOT_RECEIVED;
	}

	/**
	 * After msg_code 14: the bureau expects a lower number than ours. Files not yet accepted are numbered
	 * again from the bureau's last accepted number; files we hold as accepted beyond it are for an operator.
	 */
	@Transactional
	void afterGap(String province, List<Long> missing) {
		BureauReturn last = lastAccepted(province);
		if (last == null) {
			return;
		}
		long bureauSequence = sequenceOf(last);
		long ours = batches.highestAccepted(province);
		List<UploadBatch> open = batches.open(province);
		if (ours > bureauSequence) {
			String reason = "the bureau's last accepted dataSequence is " + bureauSequence
					+ " but it accepted our files up to " + ours + " (missing " + missing + ")";
			if (open.isEmpty()) {
				log.error("Province {}: {}; an operator must compare the files", province, reason);
			}
			else {
				batches.block(open.get(0), open.get(0).state(), 14, reason);
			}
			return;
		}
		long next = bureauSequence;
		for (UploadBatch batch : open) {
			batches.renumber(batch, ++next);
		}
		sequences.reset(province, bureauSequence, next);
		log.warn("Province {}: sequence reconciled with the bureau at {}; {} waiting file(s) renumbered", province,
				bureauSequence, open.size());
	}

	private BureauReturn lastAccepted(String province) {
		BureauReply reply = gateway.call(province, new BureauCall.QueryPreviousUpload());
		if (reply instanceof BureauReply.Answered answered && answered.msgCodeClass() == MsgCodeClass.DONE) {
			return answered.bureauReturn();
		}
		log.warn("Province {}: isp_querypreviousupload gave no answer ({}); trying again next run", province, reply);
		return null;
	}

	private static long sequenceOf(BureauReturn last) {
		return last.fileInfo() == null || last.fileInfo().dataSequence() == null ? 0 : last.fileInfo().dataSequence();
	}

}
