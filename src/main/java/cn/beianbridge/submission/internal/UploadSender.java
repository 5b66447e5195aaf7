package cn.beianbridge.submission.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.beianbridge.bureau.BureauCall;
import cn.beianbridge.bureau.BureauGateway;
import cn.beianbridge.bureau.BureauReply;
import cn.beianbridge.bureau.BureauReturn;
import cn.beianbridge.bureau.PackedPayload;
import cn.beianbridge.submission.UploadBatchState;

/**
 * Sends one stored file and acts on the answer (BUREAU-PROTOCOL.md: retry later, fix and resend, operator
 * needed, reconcile). A file whose reply was lost is settled with isp_querypreviousupload, never by
 * blindly sending it again.
 */
@Component
class UploadSender {

	private static final Logger log = LoggerFactory.getLogger(UploadSender.class);

	private final BureauGateway gateway;

	private final UploadBatches batches;

	private final FileRebuilder rebuilder;

	private final SequenceReconciliation reconciliation;

	UploadSender(BureauGateway gateway, UploadBatches batches, FileRebuilder rebuilder,
			SequenceReconciliation reconciliation) {
		this.gateway = gateway;
		this.batches = batches;
		this.rebuilder = rebuilder;
		this.reconciliation = reconciliation;
	}

	/** Brings a file the last run left open to a settled state; true when it ended accepted. */
	boolean settle(UploadBatch batch) {
		if (batch.state() == UploadBatchState.UPLOADING || batch.state() == UploadBatchState.UNKNOWN) {
			return reconcile(batch);
		}
		return send(batch);
	}

	/** Uploads the file (read with its payload when it comes without); true when the bureau accepted it. */
	boolean send(UploadBatch batch) {
		PackedPayload payload = (batch.beianInfo() == null ? batches.withPayload(batch) : batch).payload();
		if (payload.beianInfo() == null) {
			throw new IllegalStateException("Province " + batch.province() + ": upload file " + batch.fileName()
					+ " is " + batch.state() + " but its bytes were purged");
		}
		batches.uploading(batch);
		BureauReply reply = gateway.call(batch.province(), new BureauCall.Upload(payload, batch.dataSequence()));
		if (reply instanceof BureauReply.Answered answered) {
			return answered(batch, answered);
		}
		if (reply instanceof BureauReply.OutcomeUnknown unknown) {
			batches.moved(batch, UploadBatchState.UPLOADING, UploadBatchState.UNKNOWN, null, unknown.reason());
			log.warn("Province {}: reply to file {} lost ({}); asking the bureau what it received", batch.province(),
					batch.fileName(), unknown.reason());
			return reconcile(reload(batch));
		}
		// not sent, or the province's circuit is open: the same file, same number, next run
		return later(batch, null, reply.toString());
	}

	private boolean answered(UploadBatch batch, BureauReply.Answered answered) {
		BureauReturn bureau = answered.bureauReturn();
		return switch (answered.msgCodeClass()) {
			case DONE -> {
				batches.accepted(batch, UploadBatchState.UPLOADING, "msg_code 0");
				yield true;
			}
			case RETRY_LATER -> later(batch, bureau.msgCode(), bureau.msg());
			case OPERATOR_NEEDED -> {
				batches.block(batch, UploadBatchState.UPLOADING, bureau.msgCode(), bureau.msg());
				yield false;
			}
			case FIX_AND_RESEND -> fixAndResend(batch, bureau);
			case RECONCILE -> {
				batches.moved(batch, UploadBatchState.UPLOADING, UploadBatchState.BUILT, bureau.msgCode(), bureau.msg());
				reconciliation.afterGap(batch.province(), bureau.missingDataSequences());
				yield false;
			}
		};
	}

	/** Rebuilt once from the stored filings and sent again; refused twice, it needs an operator. */
	private boolean fixAndResend(UploadBatch batch, BureauReturn bureau) {
		log.error("Province {}: file {} refused with msg_code {} ({}): rebuilding it", batch.province(),
				batch.fileName(), bureau.msgCode(), bureau.msg());
		if (batch.state() == UploadBatchState.FAILED) {
			batches.block(batch, UploadBatchState.UPLOADING, bureau.msgCode(),
					"file refused again after a rebuild: " + bureau.msg());
			return false;
		}
		batches.moved(batch, UploadBatchState.UPLOADING, UploadBatchState.FAILED, bureau.msgCode(), bureau.msg());
		return rebuilder.rebuild(reload(batch)) && send(reload(batch));
	}

	private boolean later(UploadBatch batch, Integer msgCode, String why) {
		batches.moved(batch, UploadBatchState.UPLOADING, UploadBatchState.BUILT, msgCode, why);
		// a line a minute while a bureau is away: the submit job reports the province's trouble once instead
		log.debug("Province {}: file {} not taken now ({}); it goes again next run", batch.province(),
				batch.fileName(), why);
		return false;
	}

	private boolean reconcile(UploadBatch batch) {
		return switch (reconciliation.previousUpload(batch)) {
			case RECEIVED -> {
				batches.accepted(batch, batch.state(), "found with isp_querypreviousupload");
				yield true;
			}
			case NOT_RECEIVED -> {
				batches.moved(batch, batch.state(), UploadBatchState.BUILT, null, "not received by the bureau");
				yield send(reload(batch));
			}
			case NO_ANSWER -> false;
		};
	}

	private UploadBatch reload(UploadBatch batch) {
		return batches.reload(batch.id());
	}

}
