package cn.beianbridge.drift.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.beianbridge.bureau.BeianStatus;
import cn.beianbridge.bureau.BureauCall;
import cn.beianbridge.bureau.BureauGateway;
import cn.beianbridge.drift.DriftCheckSettings;
import cn.beianbridge.drift.internal.DriftMapper.DriftProgress;
import cn.beianbridge.filing.FiledDomains;
import cn.beianbridge.filing.FiledDomains.FiledDomain;
import cn.beianbridge.shared.ChinaTime;
import cn.beianbridge.shared.IcpNumber;

/**
 * One province's share of a night's drift check: the filed domains after where the last run stopped, each asked
 * about by domain, until the day's cap or the end of the list (the next run then starts a new pass). Progress is
 * kept after each domain, so a run that dies resumes at the next one. The province's gateway sets the pace.
 */
@Component
class ProvinceDriftCheck {

	private static final Logger log = LoggerFactory.getLogger(ProvinceDriftCheck.class);

	private final FiledDomains domains;

	private final BureauGateway gateway;

	private final DatabaseDriftFindings findings;

	private final DriftMapper mapper;

	private final DriftCheckSettings settings;

	private final Clock clock;

	ProvinceDriftCheck(FiledDomains domains, BureauGateway gateway, DatabaseDriftFindings findings, DriftMapper mapper,
			DriftCheckSettings settings, Clock clock) {
		this.domains = domains;
		this.gateway = gateway;
		this.findings = findings;
		this.mapper = mapper;
		this.settings = settings;
		this.clock = clock;
	}

	DriftRun check(String province) {
		LocalDate today = clock.instant().atZone(ChinaTime.ZONE).toLocalDate();
		DriftProgress progress = progress(province, today);
		DriftRun run = DriftRun.start();
		while (progress.checkedThatDay() < settings.dailyCap()) {
			int room = settings.dailyCap() - progress.checkedThatDay();
			List<FiledDomain> page = domains.after(province, progress.lastDomainId(), Math.min(room, settings.pageSize()));
			if (page.isEmpty()) {
				progress = save(progress.passCompleted());
				return run.passCompleted();
			}
			for (FiledDomain domain : page) {
				BeianStatus status = ask(province, domain);
				if (status instanceof BeianStatus.Unanswered unanswered && unanswered.circuitOpen()) {
					// the rest would go unanswered too: this domain is asked first next time
					return run.stopped("the bureau gateway is not letting calls through: " + unanswered.reason());
				}
				run = run.plus(record(province, domain, status));
				progress = save(progress.checked(domain.id()));
			}
		}
		return run.capReached();
	}

	// a domain that cannot even be asked about (not a domain the interface takes) is passed over, never retried forever
	private BeianStatus ask(String province, FiledDomain domain) {
		try {
			return BeianStatus.ask(gateway, province, BureauCall.QueryBeianStatus.byDomain(domain.domain()));
		}
		catch (IllegalArgumentException ex) {
			return new BeianStatus.Unanswered("not asked: " + ex.getMessage());
		}
	}

	private DriftRun.Checked record(String province, FiledDomain domain, BeianStatus status) {
		if (status instanceof BeianStatus.Unanswered unanswered) {
			log.info("Drift check of {} (province {}) got no answer; not a finding: {}", domain.domain(), province,
					unanswered.reason());
			return DriftRun.Checked.UNANSWERED;
		}
		String ours = domain.websiteIcpNumber();
		if (status instanceof BeianStatus.Filed filed) {
			if (sameNumber(filed.websiteIcpNumber(), ours)) {
				findings.agrees(domain, filed.said());
				return DriftRun.Checked.AGREED;
			}
			return found(findings.disagrees(province, domain, filed.websiteIcpNumber(), "the bureau shows "
					+ domain.domain() + " filed as " + filed.websiteIcpNumber() + " (entity " + filed.entityIcpNumber()
					+ "); we show it as " + ours));
		}
		return found(findings.disagrees(province, domain, null,
				"the bureau shows " + domain.domain() + " as not filed (Bazt 1); we show it filed as " + ours));
	}

	private static DriftRun.Checked found(boolean isNew) {
		return isNew ? DriftRun.Checked.NEW_FINDING : DriftRun.Checked.STILL_FOUND;
	}

	private static boolean sameNumber(String bureau, String ours) {
		Optional<String> theirs = IcpNumber.parse(bureau).map(IcpNumber::toString);
		return theirs.isPresent() && theirs.equals(IcpNumber.parse(ours).map(IcpNumber::toString))
				|| bureau != null && Objects.equals(bureau.strip(), ours == null ? null : ours.strip());
	}

	private DriftProgress progress(String province, LocalDate today) {
		DriftProgress stored = mapper.findProgress(province);
		if (stored == null) {
			DriftProgress fresh = new DriftProgress(province, 0, today, 0, 0);
			mapper.insertProgress(fresh, clock.instant());
			return fresh;
		}
		return stored.on(today);
	}

	private DriftProgress save(DriftProgress progress) {
		mapper.updateProgress(progress, clock.instant());
		return progress;
	}

}
