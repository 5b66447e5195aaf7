package cn.beianbridge.simulator.bureau;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.beianbridge.bureau.DownloadDocument.BureauCancellations;
import cn.beianbridge.bureau.DownloadDocument.BureauResults;
import cn.beianbridge.bureau.DownloadDocument.FiledData;
import cn.beianbridge.bureau.DownloadDocument.FiledRecord;
import cn.beianbridge.bureau.DownloadDocument.FiledWebsite;
import cn.beianbridge.bureau.DownloadDocument.Result;
import cn.beianbridge.province.Province;
import cn.beianbridge.shared.ChinaTime;
import cn.beianbridge.simulator.bureau.DownloadQueue.QueuedFile;
import cn.beianbridge.simulator.bureau.ResultDelivery.Round;
import cn.beianbridge.simulator.bureau.SimulatorRows.ReviewChangeRow;
import cn.beianbridge.simulator.bureau.SimulatorRows.ReviewRow;
import cn.beianbridge.simulator.bureau.SimulatorRows.ReviewWebsiteRow;

/**
 * Decides, when the provider next downloads, every record whose review delay has passed (no timers: a bureau's
 * decisions only become visible through downloads anyway). The decisions of one round become a BASJ section with
 * the ICP numbers of the approved records and a BAJG section with every result, handed out as
 * {@link ResultDelivery} says (in order, reversed, the numbers late, ...). Call within the province's download
 * transaction.
 */
class ReviewBoard {

	private static final Logger log = LoggerFactory.getLogger(ReviewBoard.class);

	private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");

	private final SimulatorUploadMapper uploads;

	private final ResultDelivery delivery;

	private final Reviewer reviewer;

	private final BureauSimulatorSettings settings;

	ReviewBoard(SimulatorUploadMapper uploads, ResultDelivery delivery, Reviewer reviewer,
			BureauSimulatorSettings settings) {
		this.uploads = uploads;
		this.delivery = delivery;
		this.reviewer = reviewer;
		this.settings = settings;
	}

	/**
	 * @param rider cancellations ({@code ZXSJ}) to hand out with the round's results, if there is a round; or null
	 * @return the file the rider went into; empty when nothing was due (or there was no rider)
	 */
	Optional<QueuedFile> decideDue(Province province, Instant now, FaultSwitches faults, BureauCancellations rider) {
		List<ReviewRow> due = uploads.findDue(province.code(), now.minus(settings.reviewDelay()));
		if (due.isEmpty()) {
			return Optional.empty();
		}
		Map<Long, List<ReviewWebsiteRow>> websites = uploads
			.findReviewWebsites(due.stream().map(ReviewRow::id).toList())
			.stream()
			.collect(Collectors.groupingBy(ReviewWebsiteRow::reviewId));
		Map<Long, ChangeUnderReview> changes = uploads.findReviewChanges(due.stream().map(ReviewRow::id).toList())
			.stream()
			.collect(Collectors.toMap(ReviewChangeRow::reviewId, ChangeUnderReview::read));
		List<Result> results = new ArrayList<>();
		List<FiledRecord> filed = new ArrayList<>();
		for (ReviewRow row : due) {
			ReviewItem item = new ReviewItem(row, websites.getOrDefault(row.id(), List.of()),
					changes.get(row.id()));
			Verdict verdict = reviewer.decide(province, item, now);
			uploads.markDecided(row.id(), verdict.code(), now);
			results.add(verdict.result(item));
			if (verdict.filed() != null) {
				filed.add(verdict.filed());
			}
			logVerdict(province, item, verdict);
		}
		String suffix = FILE_TIME.format(now.atZone(ChinaTime.ZONE)) + "%08d".formatted(due.get(0).id());
		Round round = delivery.deliver(province.code(), new BureauResults(results),
				filed.isEmpty() ? null : new FiledData(filed), rider, suffix, now, faults);
		ResultOrder order = round.order();
		if (!filed.isEmpty() && order != ResultOrder.IN_ORDER) {
			log.info("Simulated bureau {} hands out the numbers of {} approval(s) {}", province.code(), filed.size(),
					order.name().toLowerCase(Locale.ROOT).replace('_', ' '));
		}
		return rider == null ? Optional.empty() : Optional.of(round.first());
	}

	private static void logVerdict(Province province, ReviewItem item, Verdict verdict) {
		switch (verdict.decision()) {
			case APPROVE -> log.info("Simulated bureau {} approved {}: {}", province.code(), item.describe(),
					numbers(item, verdict.filed()));
			case REJECT -> log.info("Simulated bureau {} rejected {} (1002)", province.code(), item.describe());
			case REFUSE -> log.info("Simulated bureau {} refused {} ({}): {}", province.code(), item.describe(),
					verdict.code(), verdict.text());
		}
	}

	// A first filing is known by its entity number; a new website or access by the website numbers; a cancellation
	// files nothing.
	private static String numbers(ReviewItem item, FiledRecord filed) {
		if (filed == null) {
			return "taken out of the register";
		}
		String websites = filed.websites().stream().map(FiledWebsite::icpNumber).collect(Collectors.joining(", "));
		if (item.czlx() != 1) {
			return websites;
		}
		return websites.isEmpty() ? filed.entity().icpNumber() : filed.entity().icpNumber() + " (" + websites + ")";
	}

}
