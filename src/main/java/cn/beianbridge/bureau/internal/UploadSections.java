package cn.beianbridge.bureau.internal;

import java.util.List;

import cn.beianbridge.bureau.CodeTables;
import cn.beianbridge.bureau.UploadRecord;
import cn.beianbridge.bureau.UploadRecord.WebsiteIds;
import cn.beianbridge.filing.FilingDocument.Access;
import cn.beianbridge.filing.FilingDocument.Attachment;
import cn.beianbridge.filing.FilingDocument.AttachmentOwner;
import cn.beianbridge.filing.FilingDocument.Entity;
import cn.beianbridge.filing.FilingDocument.IpRange;
import cn.beianbridge.filing.FilingDocument.Person;
import cn.beianbridge.filing.FilingDocument.Website;

/** The parts of an upload record that XZBA, XZWZ and XZJR share: entity, website, access, person, attachments. */
public final class UploadSections {

	/** Bbfs: 1 = filed by the access provider on the entity's behalf, which is all this project does. */
	private static final String FILED_BY_PROVIDER = "1";

	private static final String OWNER_ENTITY = "1";

	private static final String OWNER_WEBSITE = "2";

	private final CodeTables codes;

	public UploadSections(CodeTables codes) {
		this.codes = codes;
	}

	public void entity(DocumentOutput out, long ispZtid, Entity entity) {
		out.start("Zt_xx").required("IspZtid", ispZtid).required("Dwmc", entity.name())
			.required("Dwxz", codes.entityNature(entity.nature())).text("Tzr", entity.investor());
		out.start("Txdz").required("Shengid", entity.region().provinceCode()).required("Shiid", entity.region().cityCode())
			.required("Xianid", entity.region().countyCode()).required("Xxdz", entity.address()).end();
		out.start("Zj").required("Zjlx", codes.certificateType(entity.certificate().type()))
			.required("Zjhm", entity.certificate().number()).text("Zjzs", entity.certificate().address()).end();
		person(out, "Fzr", entity.responsiblePerson());
		out.required("Bbfs", FILED_BY_PROVIDER).end();
	}

	public void website(DocumentOutput out, Website website, WebsiteIds ids) {
		out.start("Wz_xx").required("IspWzid", ids.ispWzid()).required("Wzmc", website.name());
		if (website.preApproval() != null) {
			out.start("Nrlx").start("Nrlx_xx").required("Nrlx_id", codes.preApprovalType(website.preApproval().type()))
				.required("Qzsph", website.preApproval().number()).end().end();
		}
		out.start("Fwnr").required("Fwnr_id", codes.serviceContent(website.serviceContent())).end();
		out.start("Yylb");
		for (String language : website.languages()) {
			out.required("Yylb_id", codes.language(language));
		}
		out.end();
		List<String> domains = website.domains();
		for (int i = 0; i < domains.size(); i++) {
			out.start("Ym_xx").required("IspYmid", ids.ispYmids().get(i)).required("Ym", domains.get(i)).end();
		}
		access(out, website.access(), ids);
		person(out, "Wz_Fzr", website.responsiblePerson());
		out.required("Syurl", website.homeUrl()).text("Wz_Bz", website.remarks()).end();
	}

	public void access(DocumentOutput out, Access access, WebsiteIds ids) {
		if (access == null) {
			throw new IllegalArgumentException("access is missing");
		}
		out.start("Jr_xx").required("IspJrid", ids.ispJrid());
		out.start("Wzfb").required("Fbdd", access.serverLocation()).end();
		out.start("Wzjrfs").required("Jrfs", codes.accessMethod(access.method())).end();
		List<IpRange> ranges = access.ipRanges();
		for (int i = 0; i < ranges.size(); i++) {
			out.start("Ip_xx").required("IspIpid", ids.ispIpids().get(i))
				.required("Qsip", Ipv4.toUnsignedInt("access.ipRanges[%d].start".formatted(i), ranges.get(i).start()))
				.required("Zzip", Ipv4.toUnsignedInt("access.ipRanges[%d].end".formatted(i), ranges.get(i).end()))
				.end();
		}
		out.end();
	}

	private void person(DocumentOutput out, String element, Person person) {
		if (person == null) {
			throw new IllegalArgumentException("responsiblePerson is missing (%s)".formatted(element));
		}
		out.start(element).required("Fzr_xm", person.name()).text("Fzr_dhhm", person.officePhone())
			.required("Fzr_sjhm", person.mobile()).required("Fzr_dzyj", person.email())
			.required("Fzr_zjlx", codes.certificateType(person.certificate().type()))
			.required("Fzr_zjhm", person.certificate().number()).end();
	}

	/** Fjnr is the contract's Base64 as given; Ssdxbs is our id of the entity or website it belongs to. */
	public void attachments(DocumentOutput out, UploadRecord record) {
		List<Attachment> attachments = record.filing().attachments();
		if (attachments.isEmpty()) {
			return;
		}
		out.start("Fj");
		for (Attachment attachment : attachments) {
			boolean ofEntity = attachment.owner() == AttachmentOwner.ENTITY;
			long owner = ofEntity ? record.ispZtid() : record.ispWzid(attachment.consoleWebsiteId());
			out.start("Fjxx").required("Fjwjgs", codes.attachmentFormat(attachment.format()))
				.required("Fjyt", codes.attachmentPurpose(attachment.purpose()))
				.required("Fjnr", attachment.contentBase64());
			out.start("Fjssdx").required("Ssdxlx", ofEntity ? OWNER_ENTITY : OWNER_WEBSITE).required("Ssdxbs", owner)
				.end().end();
		}
		out.end();
	}

}
