package cn.beianbridge.bureau;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.List;

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
 * </pre>
 * Of a choice, the ICP number is written where the filing has it: the bureau's result names the record by it.
 * The scans of a website's pre-approval (PRE_APPROVAL_DOCUMENT attachments of that website) go into its
 * Nrlx_xx/Spwj, not into Fj. Optional values that are absent are left out rather than written empty.
 */
public final class UploadDocumentWriter {

	public static final String VERSION = "V.3.0";

	private final UploadSections sections;

	public UploadDocumentWriter(CodeTables codes) {
		this.sections = new UploadSections(codes);
	}

	public byte[] write(String qqdwid, List<UploadRecord> records) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(estimatedSize(records));
		write(qqdwid, records, bytes);
		return bytes.toByteArray();
	}

	/**
	 * @throws IllegalArgumentException (an {@link UnwritableRecord}) naming the first filing that cannot be written,
	 * and why
	 */
	public void write(String qqdwid, List<UploadRecord> records, OutputStream out) {
		FilingType operation = requireOneOperation(records);
		if (qqdwid == null || qqdwid.isBlank()) {
			throw new IllegalArgumentException("Qqdwid (the provider's id at the bureau) is missing");
		}
		try (DocumentOutput xml = new DocumentOutput(out)) {
			xml.start("UploadData").attribute("version", VERSION).start("ICP").start(operation.bureauOperation());
			for (UploadRecord record : records) {
				writeRecord(xml, record);
			}
			xml.end().required("Qqdwid", qqdwid).end().end();
		}
	}

	private void writeRecord(DocumentOutput xml, UploadRecord record) {
		try {
			switch (record.operation()) {
				case FIRST_FILING -> firstFiling(xml, record);
				case NEW_WEBSITE -> newWebsite(xml, record);
				case NEW_ACCESS -> newAccess(xml, record);
			}
		}
		catch (IllegalArgumentException ex) {
			throw new UnwritableRecord(record, ex.getMessage(), ex);
		}
		catch (NullPointerException ex) {
			// A part the contract requires is absent; Java's message names which one.
			throw new UnwritableRecord(record, "a required part is missing: " + ex.getMessage(), ex);
		}
	}

	private void firstFiling(DocumentOutput xml, UploadRecord record) {
		xml.start("Baxx");
		sections.entity(xml, record.ispZtid(), record.filing().entity());
		websites(xml, record);
		sections.firstFilingAttachments(xml, record);
		xml.end();
	}

	private void newWebsite(DocumentOutput xml, UploadRecord record) {
		FilingDocument filing = record.filing();
		xml.start("Xzxx").start("Zt_xx").either("Ztbah", filing.entity().icpNumber(), "Ztid",
				filing.entity().bureauEntityId()).end();
		websites(xml, record);
		sections.newWebsiteAttachments(xml, record);
		xml.required("ICPmm", filing.filingPasswordMd5()).end();
	}

	private void newAccess(DocumentOutput xml, UploadRecord record) {
		List<Website> websites = record.filing().websites();
		// each Xzxx takes its own website's attachments: one naming a website the filing lacks is refused here
		record.filing().attachments().stream().filter(attachment -> attachment.owner() == AttachmentOwner.WEBSITE)
			.forEach(attachment -> record.ispWzid(attachment.consoleWebsiteId()));
		for (int i = 0; i < websites.size(); i++) {
			Website website = websites.get(i);
			xml.start("Xzxx").start("Wz_xx").either("Wzbah", website.icpNumber(), "Wzid", website.bureauWebsiteId()).end();
			sections.access(xml, website.access(), record.websiteIds().get(i));
			sections.newAccessAttachments(xml, record, website);
			xml.required("ICPmm", record.filing().filingPasswordMd5()).end();
		}
	}

	private void websites(DocumentOutput xml, UploadRecord record) {
		for (int i = 0; i < record.filing().websites().size(); i++) {
			sections.website(xml, record, i);
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

	private static FilingType requireOneOperation(List<UploadRecord> records) {
		if (records == null || records.isEmpty()) {
			throw new IllegalArgumentException("An upload document needs at least one record");
		}
		FilingType operation = records.get(0).operation();
		for (UploadRecord record : records) {
			if (record.operation() != operation) {
				throw new IllegalArgumentException("An upload document holds one operation list: filing %s is %s, not %s"
						.formatted(record.filing().consoleFilingId(), record.operation(), operation));
			}
		}
		return operation;
	}

	private static int estimatedSize(List<UploadRecord> records) {
		long size = 1024;
		for (UploadRecord record : records) {
			size += 4096;
			for (FilingDocument.Attachment attachment : record.filing().attachments()) {
				size += attachment.contentBase64().length() + 256;
			}
		}
		return (int) Math.min(size, Integer.MAX_VALUE - 16);
	}

}
