package cn.beianbridge.download.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.beianbridge.bureau.BureauCall;
import cn.beianbridge.bureau.BureauClients;
import cn.beianbridge.bureau.BureauGateway;
import cn.beianbridge.bureau.BureauReply;
import cn.beianbridge.bureau.BureauReturn.FileInfo;
import cn.beianbridge.bureau.MsgCodeClass;
import cn.beianbridge.bureau.PayloadRejected;
import cn.beianbridge.shared.Sha256;

/**
 * One province's download run: files stored but not applied by an earlier run first, then {@code isp_download}
 * until the bureau has nothing more. Each file is stored, then applied, then acknowledged, in that order: a run
 * that dies anywhere leaves the file to be sent again, and storing and applying it again change nothing. An
 * acknowledgement whose reply was lost is made again once the bureau has nothing more to send. A file that cannot
 * be unpacked or read is kept as it came, quarantined and acknowledged, so the files behind it come.
 */
@Component
public class ProvinceDownloader {

	private static final Logger log = LoggerFactory.getLogger(ProvinceDownloader.class);

	// A bureau that kept answering 3 would hold the run forever; the rest waits for the next firing.
	private static final int MAX_FILES_PER_RUN = 1000;

	private static final int LAST_FILE = 1;

	private static final int NOTHING_TO_DOWNLOAD = 2;

	private static final String UNPACKABLE = "UNPACKABLE";

	// download_file.file_name, beian_info_hash: what does not fit is never cut by the database
	private static final int MAX_FILE_NAME = 255;

	private static final int MAX_HASH = 128;

	private final BureauClients clients;

	private final BureauGateway gateway;

	private final DownloadFileMapper mapper;

	private final DownloadedFileApplier applier;

	private final NumbersInquiry inquiry;

	private final Clock clock;

	ProvinceDownloader(BureauClients clients, BureauGateway gateway, DownloadFileMapper mapper,
			DownloadedFileApplier applier, NumbersInquiry inquiry, Clock clock) {
		this.clients = clients;
		this.gateway = gateway;
		this.mapper = mapper;
		this.applier = applier;
		this.inquiry = inquiry;
		this.clock = clock;
	}

	/**
	 * Downloads, applies and acknowledges what the province's bureau holds; then asks it for the numbers of
	 * approvals that waited too long for them ({@link NumbersInquiry}).
	 */
	public ProvinceDownload download(String province) {
		ProvinceDownload run = drain(province);
		inquiry.askDue(province);
		return run;
	}

	private ProvinceDownload drain(String province) {
		int applied = 0;
		// the bureau sends these again (never acknowledged), but a file must not wait for that to be applied
		for (long fileId : mapper.findUnapplied(province)) {
			if (applier.apply(fileId)) {
				applied++;
			}
		}
		int received = 0;
		int acknowledged = 0;
		for (int i = 0; i < MAX_FILES_PER_RUN; i++) {
			BureauReply reply = gateway.call(province, new BureauCall.Download());
			if (!(reply instanceof BureauReply.Answered answered) || answered.msgCodeClass() != MsgCodeClass.DONE) {
				// the province's trouble: the download job reports it once a spell (ProvinceFailures)
				log.debug("Download from province {} stopped: {} (tried again on the next run)", province, reply);
				return new ProvinceDownload(province, received, applied, acknowledged, "isp_download: " + reply);
			}
			FileInfo info = answered.bureauReturn().fileInfo();
			if (answered.msgCode() == NOTHING_TO_DOWNLOAD || info == null || !info.hasFile()) {
				return drained(province, received, applied, acknowledged);
			}
			String fileName = info.fileName();
			if (fileName == null || fileName.isBlank()) {
				// kept and quarantined once (named by its digest); it cannot be acknowledged, so it is settled as if
				// it were, or the acknowledgements made again after each run would stop at it
				String digest = Sha256.hex(info.beianInfo().getBytes(StandardCharsets.US_ASCII));
				long fileId = storeRaw(province, "UNNAMED" + digest, info, "the bureau sent it without return_FileName");
				applier.apply(fileId);
				mapper.markAcked(fileId, clock.instant());
				log.error("Province {} sent a download file without return_FileName (msg_code {}); it cannot be "
						+ "acknowledged, download stopped", province, answered.msgCode());
				return new ProvinceDownload(province, received, applied, acknowledged, "a file without a name");
			}
			received++;
			long fileId;
			if (fileName.length() > MAX_FILE_NAME) {
				// kept and quarantined under its digest, acknowledged under its own name
				fileId = storeRaw(province, "LONGNAME" + Sha256.hex(fileName), info,
						"the bureau's file name is %d characters, longer than the %d kept".formatted(fileName.length(),
								MAX_FILE_NAME));
				applier.apply(fileId);
			}
			else {
				Unpacked unpacked = storeUnpacked(province, fileName, info);
				fileId = unpacked.fileId();
				if (applier.apply(fileId, unpacked.document())) {
					applied++;
				}
			}
			BureauReply ack = gateway.call(province, new BureauCall.DownloadAck(fileName));
			if (!(ack instanceof BureauReply.Answered ackAnswer) || ackAnswer.msgCodeClass() != MsgCodeClass.DONE) {
				log.warn("Province {} file {} applied but not acknowledged: {} (it comes again; applied once)", province,
						fileName, ack);
				return new ProvinceDownload(province, received, applied, acknowledged,
						"isp_downloadack " + fileName + ": " + ack);
			}
			mapper.markAcked(fileId, clock.instant());
			acknowledged++;
			if (answered.msgCode() == LAST_FILE) {
				return drained(province, received, applied, acknowledged);
			}
		}
		log.info("Download from province {} paused after {} files; the rest comes on the next run", province,
				MAX_FILES_PER_RUN);
		return new ProvinceDownload(province, received, applied, acknowledged, "paused after " + MAX_FILES_PER_RUN);
	}

	/**
	 * The bureau has nothing more for us, so a file of ours still not acknowledged is one whose acknowledgement it
	 * recorded while the reply was lost (it is never sent again). It is acknowledged once more, which the bureau
	 * answers as done, so no applied file stays unacknowledged, and out of the purge, for ever.
	 */
	private ProvinceDownload drained(String province, int received, int applied, int acknowledged) {
		for (UnacknowledgedFile file : mapper.findUnacknowledged(province, MAX_FILES_PER_RUN)) {
			BureauReply ack = gateway.call(province, new BureauCall.DownloadAck(file.fileName()));
			if (!(ack instanceof BureauReply.Answered answer) || answer.msgCodeClass() != MsgCodeClass.DONE) {
				log.warn("Province {} file {} (applied {}) is still not acknowledged: {} (tried again after the next "
						+ "run's download)", province, file.fileName(), file.appliedAt(), ack);
				return new ProvinceDownload(province, received, applied, acknowledged,
						"isp_downloadack " + file.fileName() + ": " + ack);
			}
			mapper.markAcked(file.id(), clock.instant());
			log.info("Province {} file {} acknowledged again: its earlier acknowledgement went unanswered", province,
					file.fileName());
			acknowledged++;
		}
		return new ProvinceDownload(province, received, applied, acknowledged, null);
	}

	/**
	 * Unpacks the file and stores it, reading its document once (for its kind, then to apply it). One that cannot be
	 * unpacked (hash, zip, decryption, larger than {@code bridge.bureau.max-unzipped-size}) is stored as it came, to
	 * be quarantined and acknowledged: the bureau would send it again and again, and the files behind it never.
	 */
	private Unpacked storeUnpacked(String province, String fileName, FileInfo info) {
		byte[] content;
		try {
			content = clients.get(province).payloadCodec()
				.unpack(info.beianInfo(), info.beianInfoHash(), info.encryptAlgorithm())
				.content();
		}
		catch (PayloadRejected ex) {
			log.error("Province {} file {} cannot be unpacked: {}; kept as it came, quarantined and acknowledged",
					province, fileName, ex.getMessage());
			return new Unpacked(storeRaw(province, fileName, info, ex.getMessage()), null);
		}
		ReadDocument document = ReadDocument.of(content);
		return new Unpacked(store(province, fileName, content, info.beianInfoHash(), document.kind()), document);
	}

	/** @param document as read when it was stored, or null when it could not be unpacked */
	private record Unpacked(long fileId, ReadDocument document) {
	}

	/** Stores the file as it came (once, however often it is sent) and returns its row's id. */
	public long store(String province, String fileName, byte[] content, String beianInfoHash) {
		return store(province, fileName, content, beianInfoHash, ReadDocument.of(content).kind());
	}

	private long store(String province, String fileName, byte[] content, String beianInfoHash, String kind) {
		mapper.insertIgnore(province, fileName, kind, content, cut(beianInfoHash, MAX_HASH), clock.instant(),
				Sha256.hex(content), null);
		return storedId(province, fileName);
	}

	private long storeRaw(String province, String fileName, FileInfo info, String error) {
		byte[] raw = info.beianInfo().getBytes(StandardCharsets.US_ASCII);
		mapper.insertIgnore(province, fileName, UNPACKABLE, raw, cut(info.beianInfoHash(), MAX_HASH), clock.instant(),
				null, cut(error, 1000));
		return storedId(province, fileName);
	}

	private long storedId(String province, String fileName) {
		Long id = mapper.findId(province, fileName);
		if (id == null) {
			throw new IllegalStateException("Province " + province + " file " + fileName + " was not stored");
		}
		return id;
	}

	private static String cut(String text, int length) {
		return text == null || text.length() <= length ? text : text.substring(0, length);
	}

}
