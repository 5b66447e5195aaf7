package cn.beianbridge.download.internal;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Results we cannot pin on a filing of ours: kept with the file they came in for an operator, never dropped. */
@Component
class ResultQuarantine {

	private static final Logger log = LoggerFactory.getLogger(ResultQuarantine.class);

	private final DownloadFileMapper mapper;

	private final Clock clock;

	ResultQuarantine(DownloadFileMapper mapper, Clock clock) {
		this.mapper = mapper;
		this.clock = clock;
	}

	void put(StoredDownload file, String identifier, String code, String text) {
		mapper.insertQuarantine(file.province(), file.fileName(), identifier, code, text, clock.instant());
		log.error("Quarantined a result of province {} file {} (identifier {}, code {}): {}", file.province(),
				file.fileName(), identifier, code, text);
	}

}
