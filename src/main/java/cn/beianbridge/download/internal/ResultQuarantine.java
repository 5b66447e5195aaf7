package cn.beianbridge.download.internal;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import cn.beianbridge.bureau.DownloadDocument.BureauCancellation;
import cn.beianbridge.download.QuarantinedResult;
import cn.beianbridge.shared.OperatorAlert;

/**
 * Results we cannot pin on a filing of ours or cannot apply, and files we cannot unpack or read: kept with the file
 * they came in for an operator, never dropped, and alerted once.
 */
@Component
class ResultQuarantine {

	private static final Logger log = LoggerFactory.getLogger(ResultQuarantine.class);

	// the columns' sizes: a bureau's Bs may be longer, so may an exception's message
	private static final int MAX_TEXT = 2000;

	private static final int MAX_IDENTIFIER = 128;

	private static final int MAX_CODE = 16;

	private final DownloadFileMapper mapper;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ResultQuarantine(DownloadFileMapper mapper, Clock clock, ApplicationEventPublisher events) {
		this.mapper = mapper;
		this.clock = clock;
		this.events = events;
	}

	void put(StoredDownload file, String identifier, String code, String reason) {
		String text = cut(reason, MAX_TEXT);
		String id = cut(identifier, MAX_IDENTIFIER);
		String shortCode = cut(code, MAX_CODE);
		if (mapper.quarantinedBefore(file.province(), file.fileName(), id, shortCode, text)) {
			// a file whose other results wait for their upload is applied again each run: its bad ones stay once
			return;
		}
		mapper.insertQuarantine(file.province(), file.fileName(), id, shortCode, text, clock.instant());
		// in the transaction that applies the file: quarantined and alerted together, once
		events.publishEvent(new OperatorAlert(OperatorAlert.Kind.RESULT_QUARANTINED,
				file.province() + ":" + file.fileName() + ":" + identifier + ":" + code,
				Map.of("province", file.province(), "fileName", file.fileName(), "identifier", Objects.toString(identifier, "—"),
						"code", Objects.toString(code, "—"), "reason", Objects.toString(text, "—"))));
		log.error("Quarantined a result of province {} file {} (identifier {}, code {}): {}", file.province(),
				file.fileName(), identifier, code, text);
	}

	/**
	 * A bureau cancellation (ZXSJ) whose id names nothing of ours: kept whole with its file, alerted once as such. The
	 * same record again while one is open (a redelivered file, another file) adds nothing and tells nobody twice.
	 *
	 * @param what the record as an operator reads it, e.g. {@code entity Ztid 1001}
	 */
	void putCancellation(StoredDownload file, BureauCancellation cancellation, String what, String why) {
		String identifier = String.valueOf(cancellation.recordId());
		String code = QuarantinedResult.CANCELLATION_CODE + cancellation.kind();
		Long open = mapper.openQuarantine(file.province(), identifier, code);
		if (open != null) {
			log.info("Province {} file {}: the bureau's cancellation of {} is in quarantine already (result_quarantine "
					+ "{}); not kept again", file.province(), file.fileName(), what, open);
			return;
		}
		String remark = cancellation.remark() == null ? "—" : cancellation.remark();
		String text = cut("Bureau cancellation (ZXSJ Zxlb %d) of %s in file %s, remark: %s. Not applied: %s"
			.formatted(cancellation.kind(), what, file.fileName(), remark, why), MAX_TEXT);
		mapper.insertQuarantine(file.province(), file.fileName(), identifier, code, text, clock.instant());
		events.publishEvent(new OperatorAlert(OperatorAlert.Kind.BUREAU_CANCELLATION_UNKNOWN,
				file.province() + ":" + code + ":" + identifier,
				Map.of("province", file.province(), "fileName", file.fileName(), "cancelledWhat", what,
						"bureauId", identifier, "remark", remark, "reason", why)));
		log.error("Quarantined the bureau's cancellation of {} (province {}, file {}): {}", what, file.province(),
				file.fileName(), why);
	}

	private static String cut(String text, int length) {
		return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
	}

}
