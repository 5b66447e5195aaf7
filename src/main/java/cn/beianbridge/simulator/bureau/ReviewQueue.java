package cn.beianbridge.simulator.bureau;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

import cn.beianbridge.bureau.peer.UploadedFile;
import cn.beianbridge.bureau.peer.UploadedFile.UploadedRecord;
import cn.beianbridge.bureau.peer.UploadedFile.UploadedWebsite;
import cn.beianbridge.province.Province;
import cn.beianbridge.shared.GeneratedKey;
import cn.beianbridge.simulator.bureau.SimulatorRows.ReviewRow;
import cn.beianbridge.simulator.bureau.SimulatorRows.ReviewWebsiteRow;

/**
 * Puts an accepted upload in front of the reviewers: one row per record, or one for a file refused whole. A change or
 * cancellation the register refuses on arrival (unknown id, wrong password, already under review, ...) waits with its
 * code like the rest, and only that record is refused.
 */
class ReviewQueue {

	private final SimulatorUploadMapper uploads;

	private final ChangeRegister changes;

	private final BureauSimulatorSettings settings;

	private final Set<Integer> validReasons;

	private final RandomGenerator random;

	private final BureauSimulator simulator;

	ReviewQueue(SimulatorUploadMapper uploads, ChangeRegister changes, BureauSimulatorSettings settings,
			Set<Integer> validReasons, RandomGenerator random, BureauSimulator simulator) {
		this.simulator = simulator;
		this.uploads = uploads;
		this.changes = changes;
		this.settings = settings;
		this.validReasons = Set.copyOf(validReasons);
		this.random = random;
	}

	void add(Province province, long uploadId, ReceivedFile received, Instant now) {
		if (!received.readable()) {
			uploads.insertReview(new ReviewRow(null, province.code(), uploadId, 0, null, received.fileName(), null, null,
					null, null, null, null, null, received.fileResult(), received.error(), now, null, null, null, null),
					new GeneratedKey());
			return;
		}
		List<UploadedRecord> records = received.file().records();
		Long qqdwid = providerId(received.file().qqdwid());
		// a file's records in three statements, not two per record: the bureau answers a big file as fast as a small one
		List<ReviewRow> reviews = new ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			UploadedRecord record = records.get(i);
			reviews.add(new ReviewRow(null, province.code(), uploadId, i, record.operation(),
					record.resultIdentifier(), record.ispZtid(), record.entityName(), record.ztid(), record.ztbah(),
					record.wzid(), record.wzbah(), record.filingPasswordMd5(), null, null, now, record.certificateNumber(),
					qqdwid, record.access() == null ? null : record.access().ispJrid(), OurIds.ranges(record.access())));
		}
		if (!reviews.isEmpty()) {
			uploads.insertReviews(reviews);
			Map<Integer, Long> ids = uploads.findReviewIds(uploadId).stream()
				.collect(Collectors.toMap(SimulatorRows.ReviewIdRow::ordinal, SimulatorRows.ReviewIdRow::id));
			List<ReviewWebsiteRow> websites = new ArrayList<>();
			for (int i = 0; i < records.size(); i++) {
				List<UploadedWebsite> uploaded = records.get(i).websites();
				for (int w = 0; w < uploaded.size(); w++) {
					UploadedWebsite website = uploaded.get(w);
					websites.add(new ReviewWebsiteRow(ids.get(i), w, website.ispWzid(), website.name(),
							String.join(" ", website.domains()), OurIds.ids(website.ispYmids()),
							website.access() == null ? null : website.access().ispJrid(), OurIds.ranges(website.access())));
				}
			}
			if (!websites.isEmpty()) {
				uploads.insertReviewWebsites(websites);
			}
		}
		addChanges(province, uploadId, received.file(), records.size(), qqdwid, now);
	}

	private void addChanges(Province province, long uploadId, UploadedFile file, int ordinal, Long qqdwid, Instant now) {
		List<ChangeUnderReview> items = new ArrayList<>();
		file.changes().forEach(change -> items.add(ChangeUnderReview.of(change)));
		file.cancels().forEach(cancel -> items.add(ChangeUnderReview.of(cancel)));
		if (items.isEmpty()) {
			return;
		}
		List<ChangeUnderReview> pending = new ArrayList<>(
				uploads.findPendingChanges().stream().map(ChangeUnderReview::read).toList());
		for (ChangeUnderReview item : items) {
			Integer refusal = null;
			String error = null;
			try {
				changes.check(province, item, qqdwid == null ? 0 : qqdwid, pending, validReasons,
						settings.keepOnlyAccessIn().contains(province.code()), now);
				pending.add(item);
			}
			catch (RefusedData ex) {
				refusal = ex.resultCode();
				error = ex.getMessage();
			}
			GeneratedKey review = new GeneratedKey();
			String passwordMd5 = item.change() != null ? item.change().filingPasswordMd5() : item.cancel().filingPasswordMd5();
			uploads.insertReview(new ReviewRow(null, province.code(), uploadId, ordinal++, item.operation(),
					identifier(province, item), null, item.change() == null ? null : item.change().entityName(), null, null, null,
					null, passwordMd5, refusal, error, now, null, qqdwid, null, null), review);
			uploads.insertReviewChange(item.row(review.getId()));
		}
	}

	// Bs: the bureau id, or the ICP number (when there is one to give), as the settings say
	private String identifier(Province province, ChangeUnderReview item) {
		ResultIdentifier form = simulator.resultIdentifiers(province.code());
		if ((form != null ? form : settings.resultIdentifiers()).draw(random) == ResultIdentifier.ICP_NUMBER) {
			String number = changes.icpNumberOf(item);
			if (number != null) {
				return number;
			}
		}
		return String.valueOf(item.jlid());
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
