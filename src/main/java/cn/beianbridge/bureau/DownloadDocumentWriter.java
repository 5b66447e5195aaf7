package cn.beianbridge.bureau;

import java.io.ByteArrayOutputStream;

import cn.beianbridge.bureau.DownloadDocument.BureauResults;
import cn.beianbridge.bureau.DownloadDocument.FiledData;
import cn.beianbridge.bureau.DownloadDocument.FiledRecord;
import cn.beianbridge.bureau.DownloadDocument.FiledWebsite;
import cn.beianbridge.bureau.DownloadDocument.OtherDownload;
import cn.beianbridge.bureau.DownloadDocument.Result;
import cn.beianbridge.bureau.DownloadDocument.ResultCode;
import cn.beianbridge.bureau.DownloadDocument.ReviewOpinion;
import cn.beianbridge.bureau.internal.DocumentOutput;
import cn.beianbridge.bureau.internal.GbkText;

/**
 * Writes download files in GBK, the simulator's side of {@link DownloadDocumentReader}: what one writes, the
 * other reads back equal. Review opinions go inside the {@code Jg_xx} they belong to.
 */
public final class DownloadDocumentWriter {

	public byte[] write(DownloadDocument document) {
		if (document instanceof OtherDownload other) {
			return GbkText.check(other.kind(), other.rawXml()).getBytes(GbkText.GBK);
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DocumentOutput xml = new DocumentOutput(bytes)) {
			xml.start("DownloadData").start("ICP").start(document.kind());
			if (document instanceof BureauResults results) {
				results.results().forEach(result -> result(xml, result));
			}
			else if (document instanceof FiledData filed) {
				filed.records().forEach(record -> filed(xml, record));
			}
			xml.end().end().end();
		}
		return bytes.toByteArray();
	}

	private static void result(DocumentOutput xml, Result result) {
		xml.start("Jg_xx");
		for (ResultCode code : result.codes()) {
			xml.start("Jgxx").required("Jgdm", code.code()).text("Dmms", code.text()).end();
		}
		xml.required("Czlx", result.operation()).required("Bs", result.identifier()).text("Bz", result.remarks());
		if (!result.opinions().isEmpty()) {
			xml.start("GJSHS");
			for (ReviewOpinion opinion : result.opinions()) {
				xml.start("Gjsh").text("Shrxm", opinion.reviewer()).text("Shsj", opinion.date())
					.text("Shyj", opinion.opinion()).required("Shjg", opinion.approved() ? 1 : 0)
					.text("Czlx", opinion.operation()).text("Jlid", opinion.recordId()).end();
			}
			xml.end();
		}
		xml.end();
	}

	private static void filed(DocumentOutput xml, FiledRecord record) {
		xml.start("Baxx").start("Zt_xx").text("IspZtid", record.entity().ispZtid())
			.required("Ztid", record.entity().ztid()).required("Baxh", record.entity().icpNumber()).end();
		for (FiledWebsite website : record.websites()) {
			xml.start("Wz_xx").text("IspWzid", website.ispWzid()).required("Wzid", website.wzid())
				.required("Baxh", website.icpNumber()).end();
		}
		xml.end();
	}

}
