package cn.beianbridge.bureau;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.regex.Pattern;

import cn.beianbridge.bureau.internal.AttachmentContents;
import cn.beianbridge.bureau.internal.DocumentOutput;
import cn.beianbridge.bureau.internal.UnwritableRecord;
import cn.beianbridge.bureau.internal.UploadSections;
import cn.beianbridge.filing.FilingDocument;
import cn.beianbridge.filing.FilingDocument.AttachmentOwner;
import cn.beianbridge.filing.FilingDocument.Website;
import cn.beianbridge.filing.FilingType;

/**
 * Writes the upload document: {@code <UploadData version="V.3.0"><ICP>} with one operation list (all the
 * records must be of one filing type) and {@code <Qqdwid>}, encoded GBK, valid against the ministry's
 * upload-data.xsd ({@link BureauSchema#UPLOAD_DATA}), whose order and cardinality it follows:
 * <pre>
 * XZBA/Baxx+: Zt_xx(IspZtid Dwmc Dwxz Tzr? Txdz(Shengid Shiid Xianid Xxdz) Zj(Zjlx Zjhm Zjzs)
 *               Fzr(Fzr_xm Fzr_dhhm? Fzr_sjhm Fzr_dzyj Fzr_zjlx Fzr_zjhm) Bbfs)
 *             Wz_xx+(IspWzid Wzmc Nrlx(Nrlx_xx(Nrlx_id Qzsph Spwj{1,10}))? Fwnr(Fwnr_id) Yylb(Yylb_id+)
 *               Ym_xx+(IspYmid Ym) Jr_xx(IspJrid Wzfb(Fbdd) Wzjrfs(Jrfs) Ip_xx+(IspIpid Qsip Zzip)) Wz_Fzr(Fzr_*)
 *               Syurl Wz_Bz?)
 *             Fj*(Fjxx(Fjwjgs Fjyt Fjnr Fjssdx(Ssdxlx Ssdxbs)))          one Fj per attachment
 * XZWZ/Xzxx+: Zt_xx(Ztbah | Ztid) Wz_xx+ Fj*(... Ssdxbs(Jlid | Baxh)) ICPmm
 * XZJR/Xzxx+: Wz_xx(Wzbah | Wzid) IspJrid Wzfb(Fbdd) Wzjrfs(Jrfs) Ip_xx+ Fj*(... Ssdxbs(Jlid | Baxh)) ICPmm
 *             (one Xzxx per website of the filing)
 * BGBA/Bgxx+: Zt_xx(Ztid Baxh Dwmc Dwxz Tzr? Txdz Zj Fzr)
 *             Wz_xx+(Wzid Wzmc Nrlx? Fwnr Yylb Ym_xx+(IspYmid Ymid? Ym) Jr_xx(Jrid Wzfb Wzjrfs Ip_xx+(IspIpid Ipid? Qsip
 *               Zzip)) Wz_Fzr Baxh Syurl? Wz_Bz?)
 *             Fj*(... Ssdxbs(Jlid | Baxh)) ICPmm?
 * ZXBA/Zx_xx+: Zxlb Jlid Zxly Zxlybz? ICPmm?                         ICPmm required for Zxlb 0 (protocol, not schema)
 * </pre>
 * Of a choice, the ICP number is written where the filing has it: the bureau's result names the record by it (BGBA's
 * attachments name their owner as the {@link ChangeRecord} asks). {@code ICPmm} of a change or cancellation must be 32
 * hex digits: anything else (a plain password) is refused rather than sent.
 * The scans of a website's pre-approval (PRE_APPROVAL_DOCUMENT attachments of that website) go into its
 * Nrlx_xx/Spwj, not into Fj. Optional values that are absent are left out rather than written empty.
 */
public final class UploadDocumentWriter {

	public static final String VERSION = "V.3.0";

	private static final Pattern MD5_HEX = Pattern.compile("[0-9a-fA-F]{32}");

	private final UploadSections sections;

	public UploadDocumentWriter(CodeTables codes) {
		this.sections = new UploadSections(codes);
	}

	public byte[] write(String qqdwid, List<? extends UploadItem> records) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(estimatedSize(records));
		write(qqdwid, records, bytes);
		return bytes.toByteArray();
	}

	/** As {@link #write(String, List, OutputStream, AttachmentSource)}, every attachment carrying its own content. */
	public void write(String qqdwid, List<? extends UploadItem> records, OutputStream out) {
		write(qqdwid, records, out, AttachmentSource.OWN_CONTENT);
	}

	/**
	 * Streams the document into {@code out}: only the record being written holds its attachments' bytes, asked of
	 * {@code source} as it starts (one call per record), so the document never exists whole unless {@code out} keeps it.
	 * @throws IllegalArgumentException (an {@link UnwritableRecord}) naming the first filing that cannot be written,
	 * and why
	 */
	public void write(String qqdwid, List<? extends UploadItem> records, OutputStream out, AttachmentSource source) {
		FilingType operation = requireOneOperation(records);
		if (qqdwid == null || qqdwid.isBlank()) {
			throw new IllegalArgumentException("Qqdwid (the provider's id at the bureau) is missing");
		}
		try (DocumentOutput xml = new DocumentOutput(out)) {
			xml.start("UploadData").attribute("version", VERSION).start("ICP").start(operation.bureauOperation());
			for (UploadItem record : records) {
				writeRecord(xml, record, source);
			}
			xml.end().required("Qqdwid", qqdwid).end().end();
		}
	}

	private void writeRecord(DocumentOutput xml, UploadItem item, AttachmentSource source) {
		try {
			if (item instanceof ChangeRecord change) {
				change(xml, change, AttachmentContents.of(change.filing().attachments(), source));
			}
			else if (item instanceof CancelRecord cancel) {
				cancel(xml, cancel);
			}
			else {
				UploadRecord record = (UploadRecord) item;
				AttachmentContents contents = AttachmentContents.of(record.filing().attachments(), source);
				switch (record.operation()) {
					case FIRST_FILING -> firstFiling(xml, record, contents);
					case NEW_WEBSITE -> newWebsite(xml, record, contents);
					default -> newAccess(xml, record, contents);
				}
			}
		}
		catch (IllegalArgumentException ex) {
			throw new UnwritableRecord(item, ex.getMessage(), ex);
		}
		catch (NullPointerException ex) {
			// A part the contract requires is absent; Java's message names which one.
			throw new UnwritableRecord(item, "a required part is missing: " + ex.getMessage(), ex);
		}
	}

	private void firstFiling(DocumentOutput xml, UploadRecord record, AttachmentContents contents) {
		xml.start("Baxx");
		sections.entity(xml, record.ispZtid(), record.filing().entity());
		websites(xml, record, contents);
		sections.firstFilingAttachments(xml, record, contents);
		xml.end();
	}

	private void newWebsite(DocumentOutput xml, UploadRecord record, AttachmentContents contents) {
		FilingDocument filing = record.filing();
		xml.start("Xzxx").start("Zt_xx").either("Ztbah", filing.entity().icpNumber(), "Ztid",
				filing.entity().bureauEntityId()).end();
		websites(xml, record, contents);
		sections.newWebsiteAttachments(xml, record, contents);
		xml.required("ICPmm", filing.filingPasswordMd5()).end();
	}

	private void newAccess(DocumentOutput xml, UploadRecord record, AttachmentContents contents) {
		List<Website> websites = record.filing().websites();
		// each Xzxx takes its own website's attachments: one naming a website the filing lacks is refused here
		record.filing().attachments().stream().filter(attachment -> attachment.owner() == AttachmentOwner.WEBSITE)
			.forEach(attachment -> record.ispWzid(attachment.consoleWebsiteId()));
		for (int i = 0; i < websites.size(); i++) {
			Website website = websites.get(i);
			xml.start("Xzxx").start("Wz_xx").either("Wzbah", website.icpNumber(), "Wzid", website.bureauWebsiteId()).end();
			sections.access(xml, website.access(), record.websiteIds().get(i));
			sections.newAccessAttachments(xml, record, website, contents);
			xml.required("ICPmm", record.filing().filingPasswordMd5()).end();
		}
	}

	private void change(DocumentOutput xml, ChangeRecord record, AttachmentContents contents) {
		if (record.filing().websites().isEmpty()) {
			throw new IllegalArgumentException("Bgxx/Wz_xx is required: a change lists at least one website");
		}
		xml.start("Bgxx");
		sections.filedEntity(xml, record.filing().entity());
		for (int i = 0; i < record.filing().websites().size(); i++) {
			sections.filedWebsite(xml, record.filing(), i, record.websiteIds().get(i), contents);
		}
		sections.changeAttachments(xml, record, contents);
		xml.text("ICPmm", passwordMd5("Bgxx/ICPmm", record.filing().filingPasswordMd5())).end();
	}

	private void cancel(DocumentOutput xml, CancelRecord record) {
		String password = passwordMd5("Zx_xx/ICPmm", record.filingPasswordMd5());
		if (record.kind() == CancelRecord.Kind.ENTITY && password == null) {
			throw new IllegalArgumentException(
					"Zx_xx/ICPmm is required to cancel an entity (Zxlb 0): the filing password's MD5 is missing");
		}
		String remark = record.remark() == null || record.remark().isBlank() ? null : record.remark();
		xml.start("Zx_xx")
			.required("Zxlb", record.kind() == null ? null : record.kind().zxlb())
			.required("Jlid", record.jlid())
			.required("Zxly", record.reason())
			.text("Zxlybz", remark)
			.text("ICPmm", password)
			.end();
	}

	/** The filing password as the bureau takes it, or null when absent; never a plain password. */
	private static String passwordMd5(String element, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (!MD5_HEX.matcher(value).matches()) {
			throw new IllegalArgumentException(
					"%s must be the filing password's MD5 as 32 hex digits, and is not".formatted(element));
		}
		return value;
	}

	private void websites(DocumentOutput xml, UploadRecord record, AttachmentContents contents) {
		for (int i = 0; i < record.filing().websites().size(); i++) {
			sections.website(xml, record, i, contents);
		}
	}

	/**
	 * What upload-data.xsd says of this value as {@code Qqdwid} (an xs:long of at least 1): the violations of a document
	 * that holds nothing else (the schema's ICP asks for no operation); empty when it fits.
	 */
	public static List<SchemaViolation> qqdwidViolations(String qqdwid) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DocumentOutput xml = new DocumentOutput(bytes)) {
			xml.start("UploadData").attribute("version", VERSION).start("ICP").text("Qqdwid", qqdwid).end().end();
		}
		catch (IllegalArgumentException ex) { // a character GBK cannot hold
			return List.of(new SchemaViolation(List.of("UploadData", "ICP", "Qqdwid"), List.of(1, 1, 1), ex.getMessage()));
		}
		return BureauSchema.UPLOAD_DATA.check(bytes.toByteArray());
	}

	private static FilingType requireOneOperation(List<? extends UploadItem> records) {
		if (records == null || records.isEmpty()) {
			throw new IllegalArgumentException("An upload document needs at least one record");
		}
		FilingType operation = records.get(0).operation();
		for (UploadItem record : records) {
			if (record.operation() != operation) {
				throw new IllegalArgumentException("An upload document holds one operation list: filing %s is %s, not %s"
						.formatted(record.consoleFilingId(), record.operation(), operation));
			}
		}
		return operation;
	}

	private static int estimatedSize(List<? extends UploadItem> records) {
		long size = 1024;
		for (UploadItem item : records) {
			size += 4096;
			List<FilingDocument.Attachment> attachments = item instanceof UploadRecord record ? record.filing().attachments()
					: item instanceof ChangeRecord change ? change.filing().attachments() : List.of();
			for (FilingDocument.Attachment attachment : attachments) {
				size += (attachment.contentBase64() == null ? 0 : attachment.contentBase64().length()) + 256;
			}
		}
		return (int) Math.min(size, Integer.MAX_VALUE - 16);
	}

}
