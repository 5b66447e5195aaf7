package cn.beianbridge.simulator.bureau;

import java.util.List;

import cn.beianbridge.bureau.DownloadDocument.FiledRecord;
import cn.beianbridge.bureau.DownloadDocument.Result;
import cn.beianbridge.bureau.DownloadDocument.ResultCode;
import cn.beianbridge.bureau.DownloadDocument.ReviewOpinion;

/**
 * The decision on one record: its result code and text, the reviewer's opinion when rejected, and the filed data
 * (ICP numbers) when approved: none for an approved cancellation.
 */
record Verdict(Decision decision, int code, String text, ReviewOpinion opinion, FiledRecord filed) {

	// Dmms holds at most this many characters (download-data.xsd)
	private static final int MAX_TEXT = 255;

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

	/**
	 * The {@code Jg_xx} of this verdict. A file refused whole has no operation, but the schema wants {@code Czlx}
	 * 1–7: it is reported as a first filing named by the file, which names no filing of the provider's.
	 */
	Result result(ReviewItem item) {
		return new Result(List.of(new ResultCode(code, text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text)),
				item.czlx() == 0 ? 1 : item.czlx(), item.row().identifier(), null,
				opinion == null ? List.of() : List.of(opinion));
	}

}
