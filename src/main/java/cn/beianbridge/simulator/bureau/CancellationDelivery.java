package cn.beianbridge.simulator.bureau;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

import cn.beianbridge.bureau.DownloadDocument;
import cn.beianbridge.bureau.DownloadDocument.BureauCancellation;
import cn.beianbridge.bureau.DownloadDocument.BureauCancellations;
import cn.beianbridge.shared.ChinaTime;
import cn.beianbridge.shared.GeneratedKey;
import cn.beianbridge.simulator.bureau.DownloadQueue.Offer;
import cn.beianbridge.simulator.bureau.DownloadQueue.QueuedFile;
import cn.beianbridge.simulator.bureau.SimulatorRows.CancellationRow;

/**
 * Puts a province's pending cancellations in {@code ZXSJ} files at its download, as the {@link CancellationPlay}
 * drawn for that download says: in one file or one per record, alone or riding in the round of results decided in the
 * same download, each once or once more in a later file. A record that follows another (an entity after one of its
 * websites) goes in a file offered only once the file carrying the other was acknowledged. Call in the province's
 * download transaction: {@link #plan} before the reviewers decide, {@link #deliver} after.
 */
class CancellationDelivery {

	private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");

	private final SimulatorCancellationMapper cancellations;

	private final DownloadQueue queue;

	private final BureauSimulatorSettings settings;

	private final RandomGenerator random;

	CancellationDelivery(SimulatorCancellationMapper cancellations, DownloadQueue queue,
			BureauSimulatorSettings settings, RandomGenerator random) {
		this.cancellations = cancellations;
		this.queue = queue;
		this.settings = settings;
		this.random = random;
	}

	/** The province's pending records and how this download hands them out. */
	Plan plan(String province, CancellationPlay play) {
		List<CancellationRow> pending = cancellations.findPending(province);
		CancellationPlay drawn = play.drawn(settings.cancellationPlay(), random);
		Set<Long> ids = pending.stream().map(CancellationRow::id).collect(Collectors.toSet());
		List<CancellationRow> atOnce = pending.stream().filter(row -> !ids.contains(row.followsId())).toList();
		List<CancellationRow> held = pending.stream().filter(row -> ids.contains(row.followsId())).toList();
		List<List<CancellationRow>> first = drawn.onePerFile() ? atOnce.stream().map(List::of).toList()
				: atOnce.isEmpty() ? List.of() : List.of(atOnce);
		return new Plan(province, first, held, drawn);
	}

	/**
	 * Writes the plan's files and marks its records sent.
	 *
	 * @param carrier the file of the download's round of results the plan's {@link Plan#rider()} went into, or null
	 */
	void deliver(Plan plan, QueuedFile carrier, Instant now) {
		Map<Long, Long> fileOf = new LinkedHashMap<>();
		List<List<CancellationRow>> first = plan.first();
		for (int i = 0; i < first.size(); i++) {
			QueuedFile file = i == 0 && carrier != null ? carrier : add(plan.province(), first.get(i), now, Offer.AT_ONCE);
			sentIn(first.get(i), file, fileOf);
		}
		// grouped by the file they wait for; one file per group, or per record
		Map<Long, List<CancellationRow>> waiting = plan.held()
			.stream()
			.collect(Collectors.groupingBy(row -> fileOf.get(row.followsId()), LinkedHashMap::new, Collectors.toList()));
		waiting.forEach((afterAckOf, rows) -> {
			Offer offer = new Offer(null, afterAckOf, 0);
			for (List<CancellationRow> group : plan.play().onePerFile() ? rows.stream().map(List::of).toList()
					: List.of(rows)) {
				sentIn(group, add(plan.province(), group, now, offer), fileOf);
			}
		});
		if (plan.play().repeated()) {
			// the copies go out at the next download: in a later file than the one the originals are in
			plan.all()
				.stream()
				.filter(row -> row.repeatOf() == null)
				.forEach(row -> cancellations.insertCancellation(row.province(), row.zxlb(), row.jlid(), row.remark(),
						null, row.id(), now, new GeneratedKey()));
		}
	}

	private QueuedFile add(String province, List<CancellationRow> rows, Instant now, Offer offer) {
		String suffix = FILE_TIME.format(now.atZone(ChinaTime.ZONE)) + "%08d".formatted(rows.get(0).id());
		return queue.add(province, DownloadDocument.of(section(rows)), suffix, now, offer);
	}

	private void sentIn(List<CancellationRow> rows, QueuedFile file, Map<Long, Long> fileOf) {
		cancellations.markInFile(rows.stream().map(CancellationRow::id).toList(), file.id());
		rows.forEach(row -> fileOf.put(row.id(), file.id()));
	}

	static BureauCancellations section(List<CancellationRow> rows) {
		return new BureauCancellations(
				rows.stream().map(row -> new BureauCancellation(row.zxlb(), row.jlid(), row.remark())).toList());
	}

	/**
	 * @param first the records handed out now, one list per file
	 * @param held the records that follow another one of this download's
	 * @param play the switches drawn for this download
	 */
	record Plan(String province, List<List<CancellationRow>> first, List<CancellationRow> held, CancellationPlay play) {

		/** The section that rides in the round of results, or null when the records go in files of their own. */
		BureauCancellations rider() {
			return play.withResults() && !first.isEmpty() ? section(first.get(0)) : null;
		}

		List<CancellationRow> all() {
			List<CancellationRow> all = new ArrayList<>();
			first.forEach(all::addAll);
			all.addAll(held);
			return all;
		}

	}

}
