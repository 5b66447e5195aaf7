package cn.beianbridge.bureau;

import java.util.List;

import cn.beianbridge.bureau.DownloadDocument.BureauResults;
import cn.beianbridge.bureau.DownloadDocument.FiledData;
import cn.beianbridge.bureau.DownloadDocument.FiledEntity;
import cn.beianbridge.bureau.DownloadDocument.FiledRecord;
import cn.beianbridge.bureau.DownloadDocument.FiledWebsite;
import cn.beianbridge.bureau.DownloadDocument.OtherDownload;
import cn.beianbridge.bureau.DownloadDocument.Result;
import cn.beianbridge.bureau.DownloadDocument.ResultCode;
import cn.beianbridge.bureau.DownloadDocument.ReviewOpinion;
import cn.beianbridge.bureau.internal.DocumentBytes;
import cn.beianbridge.bureau.internal.XmlElement;

/**
 * Reads a download file (after {@link PayloadCodec#unpack}). Elements the first release does not use are
 * ignored; a kind it does not interpret, even one the spec does not list, is returned whole as
 * {@link OtherDownload} so that it can be stored and the file acknowledged.
 */
public final class DownloadDocumentReader {

	/** @param document the unzipped bytes, GBK unless the XML declaration names another encoding */
	public DownloadDocument read(byte[] document) {
		return read(DocumentBytes.decode(document));
	}

	/**
	 * @throws UnreadableDocument for anything that is not a well-formed {@code <DownloadData><ICP>} document, or
	 * whose BAJG/BASJ lacks a field this reader needs
	 */
	public DownloadDocument read(String xml) {
		XmlElement root = XmlElement.parse(xml);
		if (!"DownloadData".equals(root.name())) {
			throw new UnreadableDocument("Expected a <DownloadData> document, found <%s>".formatted(root.name()));
		}
		XmlElement icp = root.requiredChild("ICP");
		if (icp.children().isEmpty()) {
			throw new UnreadableDocument("<DownloadData><ICP> is empty");
		}
		XmlElement content = icp.children().get(0);
		return switch (content.name()) {
			case DownloadDocument.BAJG -> new BureauResults(content.children("Jg_xx").stream().map(this::result).toList());
			case DownloadDocument.BASJ -> new FiledData(content.children("Baxx").stream().map(this::filed).toList());
			default -> new OtherDownload(content.name(), xml);
		};
	}

	private Result result(XmlElement jg) {
		List<ResultCode> codes = jg.children("Jgxx")
			.stream()
			.map(code -> new ResultCode((int) code.requiredLong("Jgdm"), code.text("Dmms")))
			.toList();
		if (codes.isEmpty()) {
			throw new UnreadableDocument("<Jg_xx> lacks <Jgxx>");
		}
		XmlElement reviews = jg.child("GJSHS");
		List<ReviewOpinion> opinions = reviews == null ? List.of()
				: reviews.children("Gjsh").stream().map(this::opinion).toList();
		return new Result(codes, (int) jg.requiredLong("Czlx"), jg.requiredText("Bs"), jg.text("Bz"), opinions);
	}

	private ReviewOpinion opinion(XmlElement gjsh) {
		String decision = gjsh.requiredText("Shjg");
		if (!decision.equals("0") && !decision.equals("1")) {
			throw new UnreadableDocument("<Gjsh>/<Shjg> must be 0 or 1, not '%s'".formatted(decision));
		}
		Long operation = gjsh.optionalLong("Czlx");
		return new ReviewOpinion(gjsh.text("Shrxm"), gjsh.text("Shsj"), gjsh.text("Shyj"), decision.equals("1"),
				operation == null ? null : operation.intValue(), gjsh.text("Jlid"));
	}

	private FiledRecord filed(XmlElement baxx) {
		XmlElement zt = baxx.requiredChild("Zt_xx");
		FiledEntity entity = new FiledEntity(zt.optionalLong("IspZtid"), zt.requiredLong("Ztid"), zt.requiredText("Baxh"));
		List<FiledWebsite> websites = baxx.children("Wz_xx")
			.stream()
			.map(wz -> new FiledWebsite(wz.optionalLong("IspWzid"), wz.requiredLong("Wzid"), wz.requiredText("Baxh")))
			.toList();
		return new FiledRecord(entity, websites);
	}

}
