package cn.beianbridge.download.internal;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.beianbridge.bureau.DownloadDocument;
import cn.beianbridge.bureau.DownloadDocument.OtherSection;

/**
 * Applies one stored file in one transaction with the mark that it was applied, so a file the bureau sends again
 * (we had not acknowledged it) or a second node finds already applied changes nothing. The same content under a
 * new name is recognised and not applied again. Within a file the filed data (BASJ) goes before the results
 * (BAJG), whatever their order in it, so an approval finds the numbers that came with it, and the bureau's
 * cancellations (ZXSJ) last, so they find what the same file approved. A file that cannot be
 * unpacked or read is quarantined, and counts as applied: it must not hold back the files behind it.
 */
@Component
public class DownloadedFileApplier {

	private static final Logger log = LoggerFactory.getLogger(DownloadedFileApplier.class);

	private final DownloadFileMapper mapper;

	private final FiledDataApplier filedData;

	private final BureauResultsApplier results;

	private final BureauCancellationsApplier cancellations;

	private final ResultQuarantine quarantine;

	private final Clock clock;

	DownloadedFileApplier(DownloadFileMapper mapper, FiledDataApplier filedData, BureauResultsApplier results,
			BureauCancellationsApplier cancellations, ResultQuarantine quarantine, Clock clock) {
		this.mapper = mapper;
		this.cancellations = cancellations;
		this.filedData = filedData;
		this.results = results;
		this.quarantine = quarantine;
		this.clock = clock;
	}

	/** @return false when the file had been applied before (nothing done) */
	@Transactional
	public boolean apply(long fileId) {
		return apply(fileId, null);
	}

	/**
	 * @param read the file's document as the download read it, or null to read the stored content
	 * @return false when the file had been applied before (nothing done)
	 */
	@Transactional
	public boolean apply(long fileId, ReadDocument read) {
		StoredDownload file = read != null ? mapper.lockWithoutContent(fileId) : mapper.lockById(fileId);
		if (file == null) {
			throw new IllegalArgumentException("No downloaded file with id " + fileId);
		}
		if (file.appliedAt() != null) {
			log.info("Province {} file {} was applied before; not applied again", file.province(), file.fileName());
			return false;
		}
		if (file.unpackError() != null) {
			quarantine.put(file, null, null, "Download file %s could not be unpacked: %s (its beianInfo is kept as it came "
				.formatted(file.fileName(), file.unpackError()) + "in download_file " + file.id() + ")");
			mapper.markApplied(fileId, clock.instant());
			return true;
		}
		EarlierFile earlier = file.contentSha256() == null ? null
				: mapper.findEarlierWithContent(file.province(), file.contentSha256(), fileId);
		if (earlier != null) {
			log.info("Province {} file {} repeats file {} (same content): not applied again", file.province(),
					file.fileName(), earlier.fileName());
			mapper.markDuplicate(fileId, earlier.id(), clock.instant());
			return true;
		}
		DownloadDocument document = readOrQuarantine(file, read != null ? read : ReadDocument.of(file.content()));
		if (document != null) {
			document.filedData().forEach(section -> filedData.apply(file, section));
			List<String> waiting = document.bureauResults().stream()
				.flatMap(section -> results.apply(file, section).stream())
				.toList();
			document.bureauCancellations().forEach(section -> cancellations.apply(file, section));
			logUninterpreted(file, document);
			if (!waiting.isEmpty()) {
				// applied again at the start of each run (findUnapplied): what was decided now is ignored then
				log.info("Province {} file {}: the results for {} wait until their upload is recorded as sent (a node "
						+ "died after the bureau took it; the submission's reconciliation records it); the file is "
						+ "applied again on the next run", file.province(), file.fileName(), waiting);
				return true;
			}
		}
		mapper.markApplied(fileId, clock.instant());
		return true;
	}

	private static void logUninterpreted(StoredDownload file, DownloadDocument document) {
		if (!DownloadDocument.ICP.equals(document.root())) {
			log.info("Province {} file {} ({}): stored, not interpreted", file.province(), file.fileName(),
					document.root());
			return;
		}
		document.sections().stream().filter(OtherSection.class::isInstance).forEach(section -> log
			.info("Province {} file {}: section {} stored, not interpreted", file.province(), file.fileName(),
					section.kind()));
	}

	// Kept in the vault either way; an unreadable file would otherwise block every file behind it.
	private DownloadDocument readOrQuarantine(StoredDownload file, ReadDocument read) {
		if (read.document() == null) {
			quarantine.put(file, null, null, "Unreadable download file " + file.fileName() + ": " + read.problem());
		}
		return read.document();
	}

}
