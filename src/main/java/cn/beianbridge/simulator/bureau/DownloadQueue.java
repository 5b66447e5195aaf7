package cn.beianbridge.simulator.bureau;

import java.time.Instant;

import cn.beianbridge.bureau.DownloadDocument;
import cn.beianbridge.bureau.FileNames;
import cn.beianbridge.bureau.peer.DownloadDocumentWriter;
import cn.beianbridge.shared.GeneratedKey;

/**
 * Files waiting for the provider's {@code isp_download}, written as GBK documents. A file's name is the
 * province, its kind and a unique suffix, letters and digits only: {@code 33BAJG2026112715040512300000042}.
 */
class DownloadQueue {

	private final SimulatorDownloadMapper downloads;

	private final DownloadDocumentWriter writer = new DownloadDocumentWriter();

	DownloadQueue(SimulatorDownloadMapper downloads) {
		this.downloads = downloads;
	}

	/** A file on offer at once. */
	QueuedFile add(String province, DownloadDocument document, String uniqueSuffix, Instant now) {
		return add(province, document, uniqueSuffix, now, Offer.AT_ONCE);
	}

	QueuedFile add(String province, DownloadDocument document, String uniqueSuffix, Instant now, Offer offer) {
		String fileName = FileNames.requireValid(province + document.kind().replace("+", "") + uniqueSuffix);
		return insert(province, fileName, document.kind(), writer.write(document), now, offer);
	}

	/** The same content once more, under a new name ({@code …R}), offered once the original was acknowledged. */
	QueuedFile addCopy(String province, QueuedFile original, Instant now) {
		return insert(province, FileNames.requireValid(original.fileName() + "R"), original.kind(), original.document(),
				now, new Offer(null, original.id(), 0));
	}

	private QueuedFile insert(String province, String fileName, String kind, byte[] document, Instant now,
			Offer offer) {
		GeneratedKey id = new GeneratedKey();
		downloads.insertFile(province, fileName, kind, document, now, offer.from(), offer.afterAckOf(),
				offer.repeatsAfterAck(), id);
		return new QueuedFile(id.getId(), fileName, kind, document);
	}

	/**
	 * When a file is on offer.
	 *
	 * @param from not before this time, or null
	 * @param afterAckOf not before the file with this id was acknowledged, or null
	 * @param repeatsAfterAck offered again this many times after an acknowledgement
	 */
	record Offer(Instant from, Long afterAckOf, int repeatsAfterAck) {

		static final Offer AT_ONCE = new Offer(null, null, 0);

		Offer repeatedOnce() {
			return new Offer(from, afterAckOf, 1);
		}

	}

	record QueuedFile(long id, String fileName, String kind, byte[] document) {
	}

}
