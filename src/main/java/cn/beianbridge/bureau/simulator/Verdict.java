package cn.beianbridge.bureau.simulator;

import java.util.List;

import cn.beianbridge.bureau.DownloadDocument.FiledRecord;
import cn.beianbridge.bureau.DownloadDocument.Result;
import cn.beianbridge.bureau.DownloadDocument.ResultCode;
import cn.beianbridge.bureau.DownloadDocument.ReviewOpinion;

/**
 * The decision on one record: its result code and text, the reviewer's opinion when rejected, and the filed data
 * (ICP numbers) when approved.
 */
record Verdict(Decision decision, int code, String text, ReviewOpinion opinion, FiledRecord filed) {

	static Verdict approved(FiledRecord filed) {
		return new Verdict(Decision.APPROVE, 1001, ResultTexts.of(1001), null, filed);
	}

	static Verdict rejected(ReviewOpinion opinion) {
		return new Verdict(Decision.REJECT, 1002, ResultTexts.of(1002), opinion, null);
	}

	static Verdict refused(int code, String detail) {
		return new Verdict(Decision.REFUSE, code, detail == null ? ResultTexts.of(code) : ResultTexts.of(code) + ": " + detail,
				null, null);
	}

	/** The {@code Jg_xx} of this verdict. */
	Result result(ReviewItem item) {
		return new Result(List.of(new ResultCode(code, text)), item.czlx(), item.row().identifier(), null,
				opinion == null ? List.of() : List.of(opinion));
	}

}
