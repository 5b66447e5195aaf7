package cn.beianbridge.simulator.bureau;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;

import org.springframework.transaction.support.TransactionTemplate;

import cn.beianbridge.bureau.BureauReturn;
import cn.beianbridge.bureau.BureauReturn.FileInfo;
import cn.beianbridge.bureau.PackedPayload;
import cn.beianbridge.bureau.PayloadCodec.UnpackedFile;
import cn.beianbridge.bureau.PayloadRejected;
import cn.beianbridge.province.Province;
import cn.beianbridge.shared.GeneratedKey;
import cn.beianbridge.simulator.bureau.SimulatorRows.LastUpload;

/**
 * {@code isp_upload} and {@code isp_querypreviousupload}: unpacks the file, enforces the dataSequence rules and
 * keeps every accepted file with its records for review.
 */
class UploadDesk {

	/** A reply to a far-away sequence lists at most this many missing numbers. */
	private static final int MAX_LISTED_GAP = 1000;

	private final SimulatorUploadMapper uploads;

	private final ReviewQueue reviews;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final boolean keepPayloads;

	/**
	 * @param keepPayloads whether each accepted file's {@code beianInfo} is kept, for {@code isp_querypreviousupload}
	 * to hand back; without, that gives back its name, hash and sequence only (what the bridge compares), and a
	 * benchmark of many 50 MB files does not store each a second time
	 */
	UploadDesk(SimulatorUploadMapper uploads, ReviewQueue reviews, TransactionTemplate transaction, Clock clock,
			boolean keepPayloads) {
		this.keepPayloads = keepPayloads;
		this.uploads = uploads;
		this.reviews = reviews;
		this.transaction = transaction;
		this.clock = clock;
	}

	SimulatedReply upload(Province province, ReceivedCall call, FaultSwitches faults) {
		if (faults.maintenanceUploads()) {
			return SimulatedReply.of(901, "the system is under maintenance; uploads are not accepted");
		}
		if (faults.outsideUploadHours()) {
			return SimulatedReply.of(20, "uploads are not accepted at this hour");
		}
		int encryptAlgorithm = call.code("encryptAlgorithm");
		int expectedEncryption = BureauCodecs.encryptAlgorithm(province.gateway());
		if (encryptAlgorithm != expectedEncryption) {
			return SimulatedReply.of(9, "encryptAlgorithm %d is wrong: this bureau expects %d".formatted(encryptAlgorithm,
					expectedEncryption));
		}
		long sequence = call.number("dataSequence");
		String beianInfo = call.text("beianInfo");
		String beianInfoHash = call.text("beianInfoHash");
		UnpackedFile unpacked;
		try {
			unpacked = BureauCodecs.of(province.gateway())
				.unpack(beianInfo, beianInfoHash, encryptAlgorithm, PackedPayload.MD5, call.code("compressionFormat"));
		}
		catch (PayloadRejected ex) {
			return SimulatedReply.of(ex.msgCode(), ex.getMessage());
		}
		ReceivedFile received = ReceivedFile.read(unpacked.name(), unpacked.content());
		return transaction.execute(status -> accept(province, sequence, received,
				new PackedPayload(beianInfo, beianInfoHash, encryptAlgorithm, PackedPayload.MD5, PackedPayload.ZIP, 0),
				faults));
	}

	private SimulatedReply accept(Province province, long sequence, ReceivedFile received, PackedPayload payload,
			FaultSwitches faults) {
		String code = province.code();
		Instant now = clock.instant();
		uploads.insertAccountIfAbsent(code, now);
		long expected = uploads.lockAccount(code) + 1;
		if (faults.pendingLimit() > 0 && uploads.countUndecidedUploads(code) >= faults.pendingLimit()) {
			return SimulatedReply.of(15, "%d files are still pending; try later".formatted(faults.pendingLimit()));
		}
		if (sequence < expected) {
			return SimulatedReply.of(999, "dataSequence %d already received".formatted(sequence));
		}
		if (sequence > expected) {
			List<Long> missing = LongStream.range(expected, Math.min(sequence, expected + MAX_LISTED_GAP)).boxed().toList();
			return SimulatedReply.of(new BureauReturn(14, "dataSequence %d leaves %d missing; upload %d first"
				.formatted(sequence, sequence - expected, expected), null, missing));
		}
		GeneratedKey upload = new GeneratedKey();
		uploads.insertUpload(code, sequence, received.fileName(), keepPayloads ? payload.beianInfo() : "",
				payload.beianInfoHash(),
				payload.encryptAlgorithm(), received.operation(), received.records(), now, upload);
		reviews.add(province, upload.getId(), received, now);
		uploads.updateSequence(code, sequence, now);
		return SimulatedReply.accepted(BureauReturn.of(0, "dataSequence %d received: file %s, %d records"
			.formatted(sequence, received.fileName(), received.records())));
	}

	SimulatedReply previousUpload(Province province) {
		LastUpload last = uploads.findLastUpload(province.code());
		if (last == null) {
			return SimulatedReply.of(new BureauReturn(0, "no file uploaded yet",
					new FileInfo(PackedPayload.MD5, PackedPayload.ZIP, 0, null, null, null, 0L), List.of()));
		}
		FileInfo file = new FileInfo(PackedPayload.MD5, PackedPayload.ZIP, last.encryptAlgorithm(), last.fileName(),
				last.beianInfo(), last.beianInfoHash(), last.dataSequence());
		return SimulatedReply.of(new BureauReturn(0, "last accepted upload: dataSequence %d".formatted(last.dataSequence()),
				file, List.of()));
	}

}
