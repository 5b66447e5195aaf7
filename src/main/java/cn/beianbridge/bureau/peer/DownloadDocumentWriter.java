package cn.beianbridge.bureau.peer;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import cn.beianbridge.bureau.DownloadDocument;
import cn.beianbridge.bureau.DownloadDocument.BureauCancellations;
import cn.beianbridge.bureau.DownloadDocument.BureauResults;
import cn.beianbridge.bureau.DownloadDocument.EntityParticulars;
import cn.beianbridge.bureau.DownloadDocument.FiledAccess;
import cn.beianbridge.bureau.DownloadDocument.FiledData;
import cn.beianbridge.bureau.DownloadDocument.FiledDomain;
import cn.beianbridge.bureau.DownloadDocument.FiledEntity;
import cn.beianbridge.bureau.DownloadDocument.FiledIpRange;
import cn.beianbridge.bureau.DownloadDocument.FiledRecord;
import cn.beianbridge.bureau.DownloadDocument.FiledWebsite;
import cn.beianbridge.bureau.DownloadDocument.Result;
import cn.beianbridge.bureau.DownloadDocument.ResultCode;
import cn.beianbridge.bureau.DownloadDocument.ReviewOpinion;
import cn.beianbridge.bureau.DownloadDocument.Section;
import cn.beianbridge.bureau.DownloadDocument.WebsiteParticulars;
import cn.beianbridge.bureau.internal.DocumentOutput;

/**
 * Writes download files in GBK, the simulator's side of {@link DownloadDocumentReader}: what one writes, the other
 * reads back equal. In the order and shape of {@code download-data.xsd}: {@code DownloadData/@version}, the review
 * opinions in one {@code GJSHS} after the results, {@code Baxh} last in a {@code Wz_xx}, our ids ({@code IspYmid},
 * {@code IspJrid}, {@code IspIpid}) where a record carries them. A filed record is valid only with its particulars;
 * without them only its ids, numbers, domains and accesses are written (enough for the reader, as tests use it).
 * Another section is written empty: only its name is known.
 */
public final class DownloadDocumentWriter {

	public byte[] write(DownloadDocument document) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DocumentOutput xml = new DocumentOutput(bytes)) {
			xml.start("DownloadData").attribute("version", DownloadDocument.VERSION).start(document.root());
			document.sections().forEach(section -> section(xml, section));
			xml.end().end();
		}
		return bytes.toByteArray();
	}

	/** One section on its own: {@code <DownloadData><ICP><BAJG>…}. */
	public byte[] write(Section section) {
		return write(DownloadDocument.of(section));
	}

	private static void section(DocumentOutput xml, Section section) {
		xml.start(section.kind());
		if (section instanceof BureauResults results) {
			results(xml, results);
		}
		else if (section instanceof FiledData filed) {
			filed.records().forEach(record -> filed(xml, record));
		}
		else if (section instanceof BureauCancellations cancellations) {
			cancellations.cancellations()
				.forEach(cancellation -> xml.start("Zxxx")
					.required("Zxlb", cancellation.kind())
					.required("Jlid", cancellation.recordId())
					.text("Bz", cancellation.remark())
					.end());
		}
		xml.end();
	}

	private static void results(DocumentOutput xml, BureauResults results) {
		List<ReviewOpinion> opinions = new ArrayList<>();
		for (Result result : results.results()) {
			xml.start("Jg_xx");
			for (ResultCode code : result.codes()) {
				xml.start("Jgxx").required("Jgdm", code.code()).text("Dmms", nonBlank(code.text())).end();
			}
			xml.required("Czlx", result.operation()).text("Bs", nonBlank(result.identifier()))
				.text("Bz", nonBlank(result.remarks()))
				.end();
			opinions.addAll(result.opinions());
		}
		opinions.addAll(results.unassignedOpinions());
		if (!opinions.isEmpty()) {
			xml.start("GJSHS");
			for (ReviewOpinion opinion : opinions) {
				xml.start("Gjsh").text("Shrxm", nonBlank(opinion.reviewer())).text("Shsj", nonBlank(opinion.date()))
					.text("Shyj", nonBlank(opinion.opinion())).required("Shjg", opinion.approved() ? 1 : 0)
					.text("Czlx", opinion.operation()).text("Jlid", nonBlank(opinion.recordId())).end();
			}
			xml.end();
		}
	}

	private static void filed(DocumentOutput xml, FiledRecord record) {
		xml.start("Baxx");
		entity(xml, record.entity());
		record.websites().forEach(website -> website(xml, website));
		xml.end();
	}

	private static void entity(DocumentOutput xml, FiledEntity entity) {
		xml.start("Zt_xx").text("IspZtid", entity.ispZtid()).required("Ztid", entity.ztid());
		EntityParticulars about = entity.particulars();
		if (about != null) {
			xml.required("Dwmc", about.name())
				.start("Txdz").required("Shengid", about.provinceId()).end()
				.start("Zj").required("Zjlx", about.certificateType()).required("Zjhm", about.certificateNumber())
				.required("Zjzs", about.certificateAddress()).end()
				.start("Fzr").required("Fzr_dzyj", about.email()).end();
		}
		xml.text("Baxh", nonBlank(entity.icpNumber()));
		if (about != null) {
			xml.required("Bbyhlx", about.reportedBy()).required("Scbbsj", about.firstFiledAt())
				.required("Zjxgsj", about.lastChangedAt());
		}
		xml.end();
	}

	// Wz_xx and Jr_xx are xs:sequences: the order below is the schema's (Ym_xx and Ip_xx are xs:all)
	private static void website(DocumentOutput xml, FiledWebsite website) {
		xml.start("Wz_xx").text("IspWzid", website.ispWzid()).required("Wzid", website.wzid());
		WebsiteParticulars about = website.particulars();
		if (about != null) {
			xml.required("Wzmc", about.name()).start("Yylb");
			about.languages().forEach(language -> xml.required("Yylb_id", language));
			xml.end();
		}
		for (FiledDomain domain : website.domains()) {
			xml.start("Ym_xx").text("IspYmid", domain.ispYmid()).required("Ymid", domain.ymid())
				.required("Ym", domain.domain()).end();
		}
		website.accesses().forEach(access -> access(xml, access));
		if (about != null) {
			xml.start("Wz_Fzr").required("Fzr_xm", about.responsiblePerson()).end();
		}
		xml.text("Baxh", nonBlank(website.icpNumber())).end();
	}

	private static void access(DocumentOutput xml, FiledAccess access) {
		xml.start("Jr_xx").text("IspJrid", access.ispJrid()).required("Jrid", access.jrid())
			.required("Ispid", access.providerId()).start("Wzfb");
		access.locations().forEach(location -> xml.required("Fbdd", location));
		xml.end().start("Wzjrfs");
		access.methods().forEach(method -> xml.required("Jrfs", method));
		xml.end();
		for (FiledIpRange range : access.ipRanges()) {
			xml.start("Ip_xx").text("IspIpid", range.ispIpid()).required("Ipid", range.ipid())
				.required("Qsip", range.start()).required("Zzip", range.end()).end();
		}
		xml.end();
	}

	private static String nonBlank(String text) {
		return text == null || text.isBlank() ? null : text;
	}

}
