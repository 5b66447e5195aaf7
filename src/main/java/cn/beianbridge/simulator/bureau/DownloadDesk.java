package cn.beianbridge.simulator.bureau;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.transaction.support.TransactionTemplate;

import cn.beianbridge.bureau.BureauReturn;
import cn.beianbridge.bureau.BureauReturn.FileInfo;
import cn.beianbridge.bureau.PackedPayload;
import cn.beianbridge.province.Province;
import cn.beianbridge.simulator.bureau.SimulatorRows.WaitingFile;

/**
 * {@code isp_download} and {@code isp_downloadack}. A download first plays a forced cancellation if one is due, lets
 * the reviewers decide what is due and puts the cancellations not yet told in files ({@code ZXSJ}), then
 * hands out the oldest file on offer and not yet acknowledged: the same file again until it is acknowledged (and, by
 * the switches, once more after that).
 */
class DownloadDesk {

	private final SimulatorUploadMapper accounts;

	private final SimulatorDownloadMapper downloads;

	private final ReviewBoard board;

	private final Cancellations cancellations;

	private final CancellationDelivery cancellationDelivery;

	private final BureauSimulator simulator;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DownloadDesk(SimulatorUploadMapper accounts, SimulatorDownloadMapper downloads, ReviewBoard board,
			Cancellations cancellations, CancellationDelivery cancellationDelivery, BureauSimulator simulator,
			TransactionTemplate transaction, Clock clock) {
		this.accounts = accounts;
		this.downloads = downloads;
		this.board = board;
		this.cancellations = cancellations;
		this.cancellationDelivery = cancellationDelivery;
		this.simulator = simulator;
		this.transaction = transaction;
		this.clock = clock;
	}

	SimulatedReply download(Province province, FaultSwitches faults) {
		if (faults.maintenanceDownloads()) {
			return SimulatedReply.of(902, "the system is under maintenance; downloads are not served");
		}
		return transaction.execute(status -> {
			Instant now = clock.instant();
			accounts.insertAccountIfAbsent(province.code(), now);
			accounts.lockAccount(province.code());
			CancellationPlay play = simulator.cancellationPlay(province.code());
			cancellations.forceIfDue(province.code(), now, play);
			CancellationDelivery.Plan cancelled = cancellationDelivery.plan(province.code(), play);
			cancellationDelivery.deliver(cancelled, board.decideDue(province, now, faults, cancelled.rider()).orElse(null),
					now);
			WaitingFile file = downloads.findOldestWaiting(province.code(), now);
			if (file == null) {
				return SimulatedReply.of(2, "nothing to download");
			}
			int waiting = downloads.countWaiting(province.code(), now);
			downloads.markDelivered(file.id(), now);
			PackedPayload payload = BureauCodecs.of(province.gateway()).pack(file.fileName() + ".xml", file.document());
			FileInfo info = FileInfo.of(file.fileName(), payload, null);
			return waiting > 1
					? SimulatedReply.of(new BureauReturn(3, "file %s; %d more waiting".formatted(file.fileName(), waiting - 1),
							info, List.of()))
					: SimulatedReply.of(new BureauReturn(1, "file %s; the last one".formatted(file.fileName()), info,
							List.of()));
		});
	}

	SimulatedReply acknowledge(Province province, String fileName, FaultSwitches faults) {
		if (faults.maintenanceDownloads()) {
			return SimulatedReply.of(902, "the system is under maintenance; downloads are not served");
		}
		if (fileName.isEmpty()) {
			return SimulatedReply.of(21, "fileName is empty");
		}
		if (downloads.acknowledge(province.code(), fileName, clock.instant()) == 1) {
			// a bureau that repeats itself: the file comes once more, although it was acknowledged
			downloads.offerAgainIfRepeating(province.code(), fileName);
			return SimulatedReply.of(0, "file %s acknowledged".formatted(fileName));
		}
		if (downloads.countFiles(province.code(), fileName) > 0) {
			return SimulatedReply.of(0, "file %s was acknowledged before".formatted(fileName));
		}
		return SimulatedReply.of(999, "no file named '%s' was ever offered for download".formatted(fileName));
	}

}
