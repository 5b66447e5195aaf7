package cn.beianbridge.bureau;

import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.beianbridge.bureau.ChangeRecord.ChangedWebsiteIds;
import cn.beianbridge.bureau.ChangeRecord.OwnerReference;
import cn.beianbridge.bureau.UploadPlan.UploadFile;
import cn.beianbridge.bureau.peer.UploadDocumentReader;
import cn.beianbridge.bureau.peer.UploadedFile;
import cn.beianbridge.bureau.peer.UploadedFile.UploadedAccess;
import cn.beianbridge.bureau.peer.UploadedFile.UploadedAttachment;
import cn.beianbridge.bureau.peer.UploadedFile.UploadedCancel;
import cn.beianbridge.bureau.peer.UploadedFile.UploadedChange;
import cn.beianbridge.bureau.peer.UploadedFile.UploadedChangedWebsite;
import cn.beianbridge.bureau.peer.UploadedFile.UploadedDomain;
import cn.beianbridge.bureau.peer.UploadedFile.UploadedRange;
import cn.beianbridge.filing.FilingDocument;
import cn.beianbridge.filing.FilingDocument.Attachment;
import cn.beianbridge.filing.FilingDocument.AttachmentOwner;
import cn.beianbridge.filing.FilingDocument.AttachmentPurpose;
import cn.beianbridge.filing.FilingDocument.Entity;
import cn.beianbridge.filing.FilingDocument.IpRange;
import cn.beianbridge.filing.FilingDocument.Website;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changes and cancellations as the bureau (the simulator) gets them: packed, encrypted, unpacked and read back, every
 * id, domain, range, attachment owner, remark and password as the bridge meant it.
 */
class ChangeAndCancelRoundTripTests {

	private static final String QQDWID = "110000000211";

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T07:04:05.012Z"), ZoneId.of("Asia/Shanghai"));

	private final PayloadCodec codec = PayloadCodec.aes(BureauKey.fromText("K7f3Qm9Zp2Lx8Wc1", "Iv0123456789abcd"));

	private final UploadFileSplitter splitter = new UploadFileSplitter(
			new UploadDocumentWriter(ConfiguredCodeTables.load()), codec, UploadLimits.BUREAU, CLOCK);

	private final UploadDocumentReader reader = new UploadDocumentReader();

	@Test
	void everyGeneratedChangeIsReadAsWritten() throws Exception {
		for (long seed = 1; seed <= 60; seed++) {
			List<ChangeRecord> changes = new GeneratedFilings(seed * 13).changes(4);
			for (UploadFile file : splitter.split("33", QQDWID, changes).files()) {
				UploadedFile read = reader.read(codec.unpack(file.payload()).content());

				assertThat(read.operation()).isEqualTo("BGBA");
				assertThat(read.qqdwid()).isEqualTo(QQDWID);
				assertThat(read.records()).isEmpty();
				List<UploadedChange> expected = new ArrayList<>();
				for (UploadItem item : file.records()) {
					expected.add(expected((ChangeRecord) item));
				}
				assertThat(read.changes()).as("seed %d", seed).containsExactlyElementsOf(expected);
			}
		}
	}

	@Test
	void everyGeneratedCancellationIsReadAsWritten() {
		for (long seed = 1; seed <= 60; seed++) {
			List<CancelRecord> cancels = new GeneratedFilings(seed * 19).cancels(6);
			List<UploadFile> files = splitter.split("33", QQDWID, cancels).files();
			assertThat(files).hasSize(1);

			UploadedFile read = reader.read(codec.unpack(files.get(0).payload()).content());

			assertThat(read.operation()).isEqualTo("ZXBA");
			assertThat(read.cancels()).as("seed %d", seed)
				.containsExactlyElementsOf(cancels.stream()
					.map(cancel -> new UploadedCancel(Integer.parseInt(cancel.kind().zxlb()), cancel.jlid(), cancel.reason(),
							cancel.remark(), cancel.filingPasswordMd5()))
					.toList());
			assertThat(read.cancels()).extracting(UploadedCancel::resultIdentifier)
				.containsExactlyElementsOf(cancels.stream().map(cancel -> String.valueOf(cancel.jlid())).toList());
		}
	}

	@Test
	void aChangeIsNamedInItsResultByTheBureausEntityId() {
		ChangeRecord change = new GeneratedFilings(5).changes(1).get(0);
		UploadedFile read = reader.read(codec.unpack(splitter.split("33", QQDWID, List.of(change)).files().get(0).payload())
			.content());
		assertThat(read.changes()).singleElement()
			.satisfies(uploaded -> assertThat(uploaded.resultIdentifier())
				.isEqualTo(String.valueOf(change.filing().entity().bureauEntityId())));
	}

	private static UploadedChange expected(ChangeRecord change) throws Exception {
		FilingDocument filing = change.filing();
		Entity entity = filing.entity();
		List<UploadedChangedWebsite> websites = new ArrayList<>();
		for (int w = 0; w < filing.websites().size(); w++) {
			Website website = filing.websites().get(w);
			ChangedWebsiteIds ids = change.websiteIds().get(w);
			List<UploadedDomain> domains = new ArrayList<>();
			for (int d = 0; d < website.domains().size(); d++) {
				domains.add(new UploadedDomain(ids.domains().get(d).ispYmid(), ids.domains().get(d).ymid(),
						website.domains().get(d)));
			}
			List<UploadedRange> ranges = new ArrayList<>();
			for (int r = 0; r < website.access().ipRanges().size(); r++) {
				IpRange range = website.access().ipRanges().get(r);
				ranges.add(new UploadedRange(ids.ranges().get(r).ispIpid(), ids.ranges().get(r).ipid(), unsigned(range.start()),
						unsigned(range.end())));
			}
			websites.add(new UploadedChangedWebsite(website.bureauWebsiteId(), website.icpNumber(), website.name(), domains,
					List.of(new UploadedAccess(ids.jrid(), ranges))));
		}
		boolean byId = change.attachmentOwners() == OwnerReference.BUREAU_ID;
		List<UploadedAttachment> attachments = new ArrayList<>();
		for (Attachment attachment : filing.attachments()) {
			if (attachment.owner() == AttachmentOwner.ENTITY) {
				attachments.add(new UploadedAttachment(1, byId ? entity.bureauEntityId() : null,
						byId ? null : entity.icpNumber()));
			}
			else {
				Website website = filing.websites().stream()
					.filter(candidate -> candidate.consoleWebsiteId().equals(attachment.consoleWebsiteId()))
					.findFirst()
					.orElseThrow();
				if (website.preApproval() != null && attachment.purpose() == AttachmentPurpose.PRE_APPROVAL_DOCUMENT) {
					continue; // the approval's scans travel in Nrlx_xx/Spwj
				}
				attachments.add(new UploadedAttachment(2, byId ? website.bureauWebsiteId() : null,
						byId ? null : website.icpNumber()));
			}
		}
		return new UploadedChange(entity.bureauEntityId(), entity.icpNumber(), entity.name(), websites, attachments,
				filing.filingPasswordMd5());
	}

	private static long unsigned(String dotted) throws Exception {
		return Integer.toUnsignedLong(ByteBuffer.wrap(InetAddress.getByName(dotted).getAddress()).getInt());
	}

}
