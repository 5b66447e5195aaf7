package cn.beianbridge.simulator.bureau;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.beianbridge.bureau.peer.UploadedFile.UploadedRecord;
import cn.beianbridge.bureau.peer.UploadedFile.UploadedWebsite;
import cn.beianbridge.shared.GeneratedKey;
import cn.beianbridge.simulator.bureau.SimulatorRows.ReviewRow;
import cn.beianbridge.simulator.bureau.SimulatorRows.ReviewWebsiteRow;

/** Puts an accepted upload in front of the reviewers: one row per record, or one for a file refused whole. */
class ReviewQueue {

	private final SimulatorUploadMapper uploads;

	ReviewQueue(SimulatorUploadMapper uploads) {
		this.uploads = uploads;
	}

	void add(String province, long uploadId, ReceivedFile received, Instant now) {
		if (!received.readable()) {
			uploads.insertReview(new ReviewRow(null, province, uploadId, 0, null, received.fileName(), null, null, null,
					null, null, null, null, received.fileResult(), received.error(), now, null, null, null, null),
					new GeneratedKey());
			return;
		}
		List<UploadedRecord> records = received.file().records();
		Long qqdwid = providerId(received.file().qqdwid());
		for (int i = 0; i < records.size(); i++) {
			UploadedRecord record = records.get(i);
			GeneratedKey review = new GeneratedKey();
			uploads.insertReview(new ReviewRow(null, province, uploadId, i, record.operation(), record.resultIdentifier(),
					record.ispZtid(), record.entityName(), record.ztid(), record.ztbah(), record.wzid(), record.wzbah(),
					record.filingPasswordMd5(), null, null, now, record.certificateNumber(), qqdwid,
					record.access() == null ? null : record.access().ispJrid(), OurIds.ranges(record.access())), review);
			List<ReviewWebsiteRow> websites = new ArrayList<>();
			for (int w = 0; w < record.websites().size(); w++) {
				UploadedWebsite website = record.websites().get(w);
				websites.add(new ReviewWebsiteRow(review.getId(), w, website.ispWzid(), website.name(),
						String.join(" ", website.domains()), OurIds.ids(website.ispYmids()),
						website.access() == null ? null : website.access().ispJrid(), OurIds.ranges(website.access())));
			}
			if (!websites.isEmpty()) {
				uploads.insertReviewWebsites(websites);
			}
		}
	}

	// the schema makes Qqdwid an xs:long, and the file passed it
	private static Long providerId(String qqdwid) {
		try {
			return Long.valueOf(qqdwid);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
