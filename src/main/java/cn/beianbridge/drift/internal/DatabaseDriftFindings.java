package cn.beianbridge.drift.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.beianbridge.drift.DriftFinding;
import cn.beianbridge.drift.DriftFindings;
import cn.beianbridge.filing.FiledDomains.FiledDomain;
import cn.beianbridge.shared.ChinaTime;
import cn.beianbridge.shared.GeneratedKey;
import cn.beianbridge.shared.OperatorAlert;

/** The findings, kept in {@code drift_finding}: one open finding per domain, alerted when it opens. */
@Component
class DatabaseDriftFindings implements DriftFindings {

	private static final Logger log = LoggerFactory.getLogger(DatabaseDriftFindings.class);

	private static final int ANSWER_LENGTH = 1000;

	private final DriftMapper mapper;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DatabaseDriftFindings(DriftMapper mapper, ApplicationEventPublisher events, Clock clock) {
		this.mapper = mapper;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The bureau disagrees about the domain. A new finding is alerted (in the same transaction); one still open is
	 * only brought up to date.
	 *
	 * @param bureauIcpNumber the number the bureau shows it under, null when it shows it not filed
	 * @return true when the finding is new
	 */
	@Transactional
	public boolean disagrees(String province, FiledDomain domain, String bureauIcpNumber, String answer) {
		Instant now = clock.instant();
		String said = cut(answer);
		DriftFinding open = mapper.findOpen(domain.domain());
		if (open != null) {
			mapper.checkedAgain(open.id(), bureauIcpNumber, said, now);
			return false;
		}
		GeneratedKey key = new GeneratedKey();
		mapper.insert(new DriftFinding(0, province, domain.domain(), domain.consoleFilingId(), domain.consoleWebsiteId(),
				domain.websiteIcpNumber(), bureauIcpNumber, said, now, now, null), key);
		// keyed by the finding: a domain that drifts again after a check agreed is a new finding, alerted again
		events.publishEvent(new OperatorAlert(OperatorAlert.Kind.DOMAIN_DRIFT, "drift-" + key.getId(),
				Map.of("province", province, "domain", domain.domain(), "consoleFilingId", domain.consoleFilingId(),
						"ourIcpNumber", Objects.toString(domain.websiteIcpNumber(), "-"), "bureauAnswer", said,
						"checkedAt", ChinaTime.format(now))));
		log.warn("DRIFT: province {} shows {} not as we do (filing {}, website {}, our number {}): {}", province,
				domain.domain(), domain.consoleFilingId(), domain.consoleWebsiteId(), domain.websiteIcpNumber(), said);
		return true;
	}

	/** The bureau agrees about the domain: its open finding, if any, is cleared. @return true when one was */
	@Transactional
	public boolean agrees(FiledDomain domain, String answer) {
		boolean cleared = mapper.clear(domain.domain(), cut(answer), clock.instant()) > 0;
		if (cleared) {
			log.info("Drift of {} cleared: {}", domain.domain(), answer);
		}
		return cleared;
	}

	@Override
	public List<DriftFinding> open(String province, int limit) {
		return mapper.findOpenIn(province, limit);
	}

	@Override
	public Map<String, Long> openByProvince() {
		Map<String, Long> counts = new LinkedHashMap<>();
		mapper.countOpen().forEach(count -> counts.put(count.province(), count.openFindings()));
		return counts;
	}

	@Override
	public List<DriftFinding> ofDomain(String domain) {
		return mapper.findOfDomain(domain);
	}

	private static String cut(String answer) {
		return answer.length() > ANSWER_LENGTH ? answer.substring(0, ANSWER_LENGTH - 1) + "…" : answer;
	}

}
