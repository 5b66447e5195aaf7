package cn.beianbridge.bureau.internal;

import java.util.List;

import cn.beianbridge.bureau.ChangeRecord;
import cn.beianbridge.bureau.ChangeRecord.ChangedWebsiteIds;
import cn.beianbridge.bureau.ChangeRecord.DomainIds;
import cn.beianbridge.bureau.ChangeRecord.OwnerReference;
import cn.beianbridge.bureau.ChangeRecord.RangeIds;
import cn.beianbridge.bureau.CodeTables;
import cn.beianbridge.bureau.UploadRecord;
import cn.beianbridge.bureau.UploadRecord.WebsiteIds;
import cn.beianbridge.filing.FilingDocument;
import cn.beianbridge.filing.FilingDocument.Access;
import cn.beianbridge.filing.FilingDocument.Attachment;
import cn.beianbridge.filing.FilingDocument.AttachmentFormat;
import cn.beianbridge.filing.FilingDocument.AttachmentOwner;
import cn.beianbridge.filing.FilingDocument.AttachmentPurpose;
import cn.beianbridge.filing.FilingDocument.Entity;
import cn.beianbridge.filing.FilingDocument.IpRange;
import cn.beianbridge.filing.FilingDocument.Person;
import cn.beianbridge.filing.FilingDocument.Website;

/**
 * The parts of an upload record that XZBA, XZWZ, XZJR and BGBA share (entity, website, access, person,
 * attachments), in the element order and cardinality of the ministry's upload-data.xsd.
 */
public final class UploadSections {

	/** Bbfs: 1 = filed by the access provider on the entity's behalf, which is all this project does. */
	private static final String FILED_BY_PROVIDER = "1";

	private static final String OWNER_ENTITY = "1";

	private static final String OWNER_WEBSITE = "2";

	/** Nrlx_xx holds 1 to 10 scans of the approval (Spwj), JPG as the schema's documentation says. */
	private static final int MAX_APPROVAL_SCANS = 10;

	private final CodeTables codes;

	public UploadSections(CodeTables codes) {
		this.codes = codes;
	}

	/** XZBA's Zt_xx; Zjzs (the certificate's address) is required there, though the console's contract has it optional. */
	public void entity(DocumentOutput out, long ispZtid, Entity entity) {
		out.start("Zt_xx").required("IspZtid", ispZtid);
		entityParticulars(out, entity);
		out.required("Bbfs", FILED_BY_PROVIDER).end();
	}

	/**
	 * BGBA's Zt_xx: the filed entity named by the bureau's id and its ICP number, with all its particulars (an
	 * {@code xs:all}, so their order is free). It has no Bbfs, and its Zjlx stops at 11.
	 */
	public void filedEntity(DocumentOutput out, Entity entity) {
		out.start("Zt_xx").required("Ztid", entity.bureauEntityId()).required("Baxh", entity.icpNumber());
		entityParticulars(out, entity);
		out.end();
	}

	private void entityParticulars(DocumentOutput out, Entity entity) {
		out.required("Dwmc", entity.name()).required("Dwxz", codes.entityNature(entity.nature()))
			.text("Tzr", entity.investor());
		out.start("Txdz").required("Shengid", entity.region().provinceCode()).required("Shiid", entity.region().cityCode())
			.required("Xianid", entity.region().countyCode()).required("Xxdz", entity.address()).end();
		out.start("Zj").required("Zjlx", codes.certificateType(entity.certificate().type()))
			.required("Zjhm", entity.certificate().number()).required("Zjzs", entity.certificate().address()).end();
		person(out, "Fzr", entity.responsiblePerson());
	}

	/** A Wz_xx of XZBA or XZWZ: the website with its domains, its access and its approval's scans. */
	public void website(DocumentOutput out, UploadRecord record, int index, AttachmentContents contents) {
		Website website = record.filing().websites().get(index);
		WebsiteIds ids = record.websiteIds().get(index);
		out.start("Wz_xx").required("IspWzid", ids.ispWzid()).required("Wzmc", website.name());
		websiteContent(out, record.filing(), website, contents);
		List<String> domains = website.domains();
		for (int i = 0; i < domains.size(); i++) {
			out.start("Ym_xx").required("IspYmid", ids.ispYmids().get(i)).required("Ym", domains.get(i)).end();
		}
		out.start("Jr_xx");
		access(out, website.access(), ids);
		out.end();
		person(out, "Wz_Fzr", website.responsiblePerson());
		out.required("Syurl", website.homeUrl()).text("Wz_Bz", website.remarks()).end();
	}

	/**
	 * BGBA's Wz_xx: the filed website by the bureau's id, its domains and IP ranges each with our id and, unless being
	 * added, the bureau's, and our one access to it by the bureau's id; its ICP number after the person.
	 */
	public void filedWebsite(DocumentOutput out, FilingDocument filing, int index, ChangedWebsiteIds ids,
			AttachmentContents contents) {
		Website website = filing.websites().get(index);
		out.start("Wz_xx").required("Wzid", website.bureauWebsiteId()).required("Wzmc", website.name());
		websiteContent(out, filing, website, contents);
		List<String> domains = website.domains();
		for (int i = 0; i < domains.size(); i++) {
			DomainIds domain = ids.domains().get(i);
			out.start("Ym_xx").required("IspYmid", domain.ispYmid()).text("Ymid", domain.ymid())
				.required("Ym", domains.get(i)).end();
		}
		Access access = requireAccess(website.access());
		out.start("Jr_xx").required("Jrid", ids.jrid());
		accessParticulars(out, access);
		for (int i = 0; i < access.ipRanges().size(); i++) {
			RangeIds range = ids.ranges().get(i);
			out.start("Ip_xx").required("IspIpid", range.ispIpid()).text("Ipid", range.ipid());
			addresses(out, access.ipRanges(), i).end();
		}
		out.end();
		person(out, "Wz_Fzr", website.responsiblePerson());
		out.required("Baxh", website.icpNumber()).text("Syurl", website.homeUrl()).text("Wz_Bz", website.remarks()).end();
	}

	/** Nrlx? Fwnr Yylb: the approval with its scans, the service content and the languages. */
	private void websiteContent(DocumentOutput out, FilingDocument filing, Website website,
			AttachmentContents contents) {
		if (website.preApproval() != null) {
			out.start("Nrlx").start("Nrlx_xx").required("Nrlx_id", codes.preApprovalType(website.preApproval().type()))
				.required("Qzsph", website.preApproval().number());
			for (Attachment scan : approvalScans(filing, website)) {
				contents.write(out, "Spwj", scan);
			}
			out.end().end();
		}
		out.start("Fwnr").required("Fwnr_id", codes.serviceContent(website.serviceContent())).end();
		out.start("Yylb");
		for (String language : website.languages()) {
			out.required("Yylb_id", codes.language(language));
		}
		out.end();
	}

	/** The access's own elements (inside Jr_xx, or straight in XZJR's Xzxx): IspJrid Wzfb Wzjrfs Ip_xx+. */
	public void access(DocumentOutput out, Access access, WebsiteIds ids) {
		requireAccess(access);
		out.required("IspJrid", ids.ispJrid());
		accessParticulars(out, access);
		for (int i = 0; i < access.ipRanges().size(); i++) {
			out.start("Ip_xx").required("IspIpid", ids.ispIpids().get(i));
			addresses(out, access.ipRanges(), i).end();
		}
	}

	private static Access requireAccess(Access access) {
		if (access == null) {
			throw new IllegalArgumentException("access is missing");
		}
		if (access.ipRanges().isEmpty()) {
			throw new IllegalArgumentException("access.ipRanges is empty; the bureau needs at least one range");
		}
		return access;
	}

	/** Wzfb Wzjrfs: where the servers are and how the site is reached. */
	private void accessParticulars(DocumentOutput out, Access access) {
		out.start("Wzfb").required("Fbdd", codes.serverLocation(access.serverLocation())).end();
		out.start("Wzjrfs").required("Jrfs", codes.accessMethod(access.method())).end();
	}

	/** Qsip Zzip of a range, as the unsigned integers the bureau wants. */
	private static DocumentOutput addresses(DocumentOutput out, List<IpRange> ranges, int i) {
		return out.required("Qsip", Ipv4.toUnsignedInt("access.ipRanges[%d].start".formatted(i), ranges.get(i).start()))
			.required("Zzip", Ipv4.toUnsignedInt("access.ipRanges[%d].end".formatted(i), ranges.get(i).end()));
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

	/**
	 * XZBA's attachments, one {@code Fj} each (the schema's Fj holds exactly one Fjxx): Ssdxbs is our id of the
	 * entity or website it belongs to.
	 */
	public void firstFilingAttachments(DocumentOutput out, UploadRecord record, AttachmentContents contents) {
		for (Attachment attachment : inFj(record.filing())) {
			if (attachment.owner() == AttachmentOwner.ENTITY) {
				attachment(out, attachment, OWNER_ENTITY, contents).required("Ssdxbs", record.ispZtid()).end().end().end();
			}
			else {
				attachment(out, attachment, OWNER_WEBSITE, contents)
					.required("Ssdxbs", record.ispWzid(attachment.consoleWebsiteId()))
					.end()
					.end()
					.end();
			}
		}
	}

	/**
	 * XZWZ's attachments: Ssdxbs holds a Jlid or a Baxh, here the bureau's id of the filed entity (else its ICP
	 * number) and our id of the new website, as the schema's documentation of Jlid says.
	 */
	public void newWebsiteAttachments(DocumentOutput out, UploadRecord record, AttachmentContents contents) {
		Entity entity = record.filing().entity();
		for (Attachment attachment : inFj(record.filing())) {
			boolean ofEntity = attachment.owner() == AttachmentOwner.ENTITY;
			attachment(out, attachment, ofEntity ? OWNER_ENTITY : OWNER_WEBSITE, contents).start("Ssdxbs");
			if (ofEntity) {
				out.either("Jlid", entity.bureauEntityId(), "Baxh", entity.icpNumber());
			}
			else {
				out.required("Jlid", record.ispWzid(attachment.consoleWebsiteId()));
			}
			out.end().end().end().end();
		}
	}

	/**
	 * A new access's attachments for one of its websites (one Xzxx each): those of that website, by the bureau's
	 * website id (else its ICP number), and those of the entity, by the bureau's entity id (else its ICP number),
	 * since each Xzxx is reviewed on its own.
	 */
	public void newAccessAttachments(DocumentOutput out, UploadRecord record, Website website,
			AttachmentContents contents) {
		Entity entity = record.filing().entity();
		for (Attachment attachment : record.filing().attachments()) {
			boolean ofEntity = attachment.owner() == AttachmentOwner.ENTITY;
			if (!ofEntity && !website.consoleWebsiteId().equals(attachment.consoleWebsiteId())) {
				continue;
			}
			attachment(out, attachment, ofEntity ? OWNER_ENTITY : OWNER_WEBSITE, contents).start("Ssdxbs");
			if (ofEntity) {
				out.either("Jlid", entity.bureauEntityId(), "Baxh", entity.icpNumber());
			}
			else {
				out.either("Jlid", website.bureauWebsiteId(), "Baxh", website.icpNumber());
			}
			out.end().end().end().end();
		}
	}

	/**
	 * BGBA's attachments: Ssdxbs names the filed entity or website by the bureau's id or by its ICP number, as the
	 * record asks (not by our ids, unlike XZBA).
	 */
	public void changeAttachments(DocumentOutput out, ChangeRecord record, AttachmentContents contents) {
		Entity entity = record.filing().entity();
		boolean byBureauId = record.attachmentOwners() == OwnerReference.BUREAU_ID;
		for (Attachment attachment : inFj(record.filing())) {
			boolean ofEntity = attachment.owner() == AttachmentOwner.ENTITY;
			attachment(out, attachment, ofEntity ? OWNER_ENTITY : OWNER_WEBSITE, contents).start("Ssdxbs");
			if (ofEntity) {
				out.required(byBureauId ? "Jlid" : "Baxh", byBureauId ? entity.bureauEntityId() : entity.icpNumber());
			}
			else {
				Website website = websiteOf(record.filing(), attachment);
				out.required(byBureauId ? "Jlid" : "Baxh", byBureauId ? website.bureauWebsiteId() : website.icpNumber());
			}
			out.end().end().end().end();
		}
	}

	private static Website websiteOf(FilingDocument filing, Attachment attachment) {
		return filing.websites()
			.stream()
			.filter(website -> website.consoleWebsiteId().equals(attachment.consoleWebsiteId()))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("an attachment belongs to website %s, which the filing does "
					+ "not contain".formatted(attachment.consoleWebsiteId())));
	}

	/** Opens Fj/Fjxx and writes it up to Fjssdx/Ssdxlx; the caller writes Ssdxbs and closes the three. */
	private DocumentOutput attachment(DocumentOutput out, Attachment attachment, String ownerType,
			AttachmentContents contents) {
		out.start("Fj").start("Fjxx").required("Fjwjgs", codes.attachmentFormat(attachment.format()))
			.required("Fjyt", codes.attachmentPurpose(attachment.purpose()));
		contents.write(out, "Fjnr", attachment);
		return out.start("Fjssdx")
			.required("Ssdxlx", ownerType);
	}

	/** Every attachment but the approval scans that went into their website's Nrlx_xx/Spwj. */
	private static List<Attachment> inFj(FilingDocument filing) {
		return filing.attachments().stream().filter(attachment -> !isApprovalScan(filing, attachment)).toList();
	}

	private static List<Attachment> approvalScans(FilingDocument filing, Website website) {
		List<Attachment> scans = filing.attachments().stream()
			.filter(attachment -> isScanOf(attachment, website))
			.toList();
		if (scans.isEmpty()) {
			throw new IllegalArgumentException(("website %s has a pre-approval but no PRE_APPROVAL_DOCUMENT attachment of its "
					+ "own: the bureau wants the approval's scan (Nrlx_xx/Spwj)").formatted(website.consoleWebsiteId()));
		}
		if (scans.size() > MAX_APPROVAL_SCANS) {
			throw new IllegalArgumentException("website %s has %d pre-approval scans; the bureau takes at most %d"
				.formatted(website.consoleWebsiteId(), scans.size(), MAX_APPROVAL_SCANS));
		}
		for (Attachment scan : scans) {
			if (scan.format() != AttachmentFormat.JPG) {
				throw new IllegalArgumentException("website %s: a pre-approval scan is %s; the bureau takes JPG (Spwj)"
					.formatted(website.consoleWebsiteId(), scan.format()));
			}
		}
		return scans;
	}

	private static boolean isApprovalScan(FilingDocument filing, Attachment attachment) {
		return filing.websites().stream().anyMatch(website -> isScanOf(attachment, website));
	}

	private static boolean isScanOf(Attachment attachment, Website website) {
		return website.preApproval() != null && attachment.purpose() == AttachmentPurpose.PRE_APPROVAL_DOCUMENT
				&& attachment.owner() == AttachmentOwner.WEBSITE
				&& website.consoleWebsiteId().equals(attachment.consoleWebsiteId());
	}

}
