package cn.beianbridge.simulator.bureau;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import cn.beianbridge.bureau.DownloadDocument;
import cn.beianbridge.bureau.DownloadDocument.BureauCancellations;
import cn.beianbridge.bureau.DownloadDocument.BureauResults;
import cn.beianbridge.bureau.DownloadDocument.FiledData;
import cn.beianbridge.bureau.DownloadDocument.Section;
import cn.beianbridge.simulator.bureau.DownloadQueue.Offer;
import cn.beianbridge.simulator.bureau.DownloadQueue.QueuedFile;

/**
 * Puts one round of decisions in the download queue in the {@link ResultOrder} the province's switches (else the
 * settings) ask for: the numbers (BASJ) before or after the results (BAJG), later, only after the results were
 * acknowledged, or in one file with them; and, when asked, each file offered again after its acknowledgement and
 * its content once more under a new name. Cancellations ({@code ZXSJ}) may ride in the round's first file.
 */
class ResultDelivery {

	// MIXED repeats a round's files now and then
	private static final double MIXED_REPEATS = 0.25;

	private final DownloadQueue queue;

	private final BureauSimulatorSettings settings;

	// shared by the provinces' download threads: java.util.Random is thread-safe
	private final RandomGenerator random;

	ResultDelivery(DownloadQueue queue, BureauSimulatorSettings settings, RandomGenerator random) {
		this.queue = queue;
		this.settings = settings;
		this.random = random;
	}

	/**
	 * @param filed the numbers of the round's approvals, or null when it approved nothing
	 * @param rider cancellations ({@code ZXSJ}) to hand out in the round's first file, or null
	 */
	Round deliver(String province, BureauResults results, FiledData filed, BureauCancellations rider, String suffix,
			Instant now, FaultSwitches faults) {
		ResultOrder asked = faults.resultOrder() != null ? faults.resultOrder() : settings.resultOrder();
		ResultOrder order = asked.draw(random);
		boolean repeated = faults.duplicateFiles() != null ? faults.duplicateFiles()
				: settings.duplicateFiles() || (asked == ResultOrder.MIXED && random.nextDouble() < MIXED_REPEATS);
		Offer atOnce = repeated ? Offer.AT_ONCE.repeatedOnce() : Offer.AT_ONCE;
		List<QueuedFile> files = new ArrayList<>();
		if (filed == null) {
			files.add(queue.add(province, first(rider, results), suffix, now, atOnce));
		}
		else {
			switch (order) {
				case IN_ORDER -> {
					files.add(queue.add(province, first(rider, filed), suffix, now, atOnce));
					files.add(queue.add(province, DownloadDocument.of(results), suffix, now, atOnce));
				}
				case REVERSED -> {
					files.add(queue.add(province, first(rider, results), suffix, now, atOnce));
					files.add(queue.add(province, DownloadDocument.of(filed), suffix, now, atOnce));
				}
				case NUMBERS_LATE -> {
					files.add(queue.add(province, first(rider, results), suffix, now, atOnce));
					files.add(queue.add(province, DownloadDocument.of(filed), suffix, now,
							new Offer(now.plus(numbersDelay(faults)), null, atOnce.repeatsAfterAck())));
				}
				case NUMBERS_IN_LATER_DOWNLOAD -> {
					QueuedFile first = queue.add(province, first(rider, results), suffix, now, atOnce);
					files.add(first);
					files.add(queue.add(province, DownloadDocument.of(filed), suffix, now,
							new Offer(null, first.id(), atOnce.repeatsAfterAck())));
				}
				default -> files.add(queue.add(province, first(rider, results, filed), suffix, now, atOnce));
			}
		}
		if (repeated) {
			files.forEach(file -> queue.addCopy(province, file, now));
		}
		return new Round(order, files.get(0));
	}

	// the round's first file carries the cancellations, if any ride with it (ICP is an xs:all: any order)
	private static DownloadDocument first(BureauCancellations rider, Section... sections) {
		if (rider == null) {
			return DownloadDocument.of(sections);
		}
		List<Section> all = new ArrayList<>(List.of(sections));
		all.add(rider);
		return new DownloadDocument(DownloadDocument.ICP, all);
	}

	/** @param first the round's first file, which carries the cancellations that ride with it */
	record Round(ResultOrder order, QueuedFile first) {
	}

	private Duration numbersDelay(FaultSwitches faults) {
		return faults.numbersDelayMs() > 0 ? Duration.ofMillis(faults.numbersDelayMs()) : settings.numbersDelay();
	}

}
