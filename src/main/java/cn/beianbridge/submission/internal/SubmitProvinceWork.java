package cn.beianbridge.submission.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

import cn.beianbridge.bureau.BureauGateway;
import cn.beianbridge.scheduling.ProvinceOutcome;
import cn.beianbridge.scheduling.ProvinceWork;
import cn.beianbridge.submission.ProvinceSubmitter;
import cn.beianbridge.submission.ProvinceSubmitter.ProvinceSubmission;

/**
 * The submit job's work for one province: the {@link ProvinceSubmitter} once, its result told as the province
 * jobs tell it. A province whose files the bureau did not take (nothing accepted, files still waiting) is in
 * trouble, with the bureau's last answer as the cause; a blocked one too; one another run holds is busy.
 */
final class SubmitProvinceWork implements ProvinceWork {

	private static final Logger log = LoggerFactory.getLogger(SubmitProvinceWork.class);

	private final ObjectProvider<ProvinceSubmitter> submitters;

	private final UploadBatches batches;

	private final BureauGateway gateway;

	SubmitProvinceWork(ObjectProvider<ProvinceSubmitter> submitters, UploadBatches batches, BureauGateway gateway) {
		this.submitters = submitters;
		this.batches = batches;
		this.gateway = gateway;
	}

	@Override
	public String notReady(String province) {
		return gateway.notReady(province);
	}

	@Override
	public ProvinceOutcome run(String province) {
		ProvinceSubmission result = submitter().submit(province);
		if (result.busy()) {
			return ProvinceOutcome.busy(result.skipped());
		}
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put("files accepted", result.filesAccepted());
		counts.put("filings submitted", result.filingsSubmitted());
		counts.put("files waiting", result.filesWaiting());
		if (result.skipped() != null) {
			return ProvinceOutcome.trouble(result.skipped(), counts, 0);
		}
		if (result.filesAccepted() == 0 && result.filesWaiting() > 0) {
			return ProvinceOutcome.trouble(notTaken(province), counts, result.filingsSubmitted());
		}
		return ProvinceOutcome.done(counts, result.filingsSubmitted());
	}

	/** What the bureau last said about the first file still waiting. */
	private String notTaken(String province) {
		List<UploadBatch> open = batches.open(province);
		if (open.isEmpty()) {
			return "files waiting";
		}
		UploadBatch first = open.get(0);
		return "file " + first.fileName() + " (dataSequence " + first.dataSequence() + ", " + first.state()
				+ ") not taken: " + (first.lastMsgCode() == null ? "" : "msg_code " + first.lastMsgCode() + " ")
				+ first.lastMsg();
	}

	private ProvinceSubmitter submitter() {
		ProvinceSubmitter submitter = submitters.getIfUnique();
		if (submitter == null) {
			String why = "No single ProvinceSubmitter bean in the application (none, or several without @Primary)";
			log.error(why);
			throw new IllegalStateException(why);
		}
		return submitter;
	}

}
