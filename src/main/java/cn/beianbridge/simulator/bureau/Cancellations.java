package cn.beianbridge.simulator.bureau;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.random.RandomGenerator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

import cn.beianbridge.bureau.DownloadDocument.BureauCancellation;
import cn.beianbridge.province.ProvinceCatalogue;
import cn.beianbridge.shared.GeneratedKey;
import cn.beianbridge.simulator.bureau.FilingRegister.FiledTarget;
import cn.beianbridge.simulator.bureau.SimulatorRows.FiledWebsiteRow;

/**
 * The simulated bureaus cancelling filings of their own accord, as real ones do (强制注销, the shell-data clean-up
 * of 工信部电管〔2011〕6号): the register forgets the numbers at once, and each cancellation waits as a {@code Zxxx}
 * record for the province's next download ({@link CancellationDelivery}). One filing of all the bureaus' is
 * cancelled at random each {@code forced-cancellations-every}, counted from the start, at the first download once
 * due of a province that has filed something (each node counts for itself); tests and the demo's admin endpoint
 * cancel what they name.
 */
class Cancellations {

	private static final Logger log = LoggerFactory.getLogger(Cancellations.class);

	private static final List<String> ENTITY_REMARKS = List.of(
			"强制注销：空壳主体（主体下无网站），依工信部电管〔2011〕6号清理空壳类备案数据",
			"强制注销：主体证件信息核查不实");

	private static final List<String> WEBSITE_REMARKS = List.of("强制注销：网站无法访问",
			"强制注销：空壳网站（无接入服务商），依工信部电管〔2011〕6号清理空壳类备案数据", "强制注销：网站含违法违规内容");

	private final FilingRegister register;

	private final SimulatorCancellationMapper cancellations;

	private final ProvinceCatalogue provinces;

	private final BureauSimulatorSettings settings;

	private final TransactionTemplate transaction;

	private final Clock clock;

	// shared by the provinces' download threads: java.util.Random is thread-safe
	private final RandomGenerator random;

	// when the next forced cancellation is due, or null when they are off; in memory: a restart counts afresh
	private final AtomicReference<Instant> nextForced;

	Cancellations(FilingRegister register, SimulatorCancellationMapper cancellations, ProvinceCatalogue provinces,
			BureauSimulatorSettings settings, TransactionTemplate transaction, Clock clock, RandomGenerator random) {
		this.register = register;
		this.cancellations = cancellations;
		this.provinces = provinces;
		this.settings = settings;
		this.transaction = transaction;
		this.clock = clock;
		this.random = random;
		this.nextForced = new AtomicReference<>(settings.forcedCancellationsEvery().isZero() ? null
				: clock.instant().plus(settings.forcedCancellationsEvery()));
	}

	/**
	 * Cancels the entity or website an ICP number or bureau id names, now.
	 *
	 * @param province the province that must have filed it, or null for any
	 * @param plays each province's switches ({@link CancellationPlay#websiteFirst()} and
	 * {@link CancellationPlay#websitesListed()} matter here)
	 * @throws IllegalArgumentException naming the target when no filing (of that province) has it or it is cancelled
	 * already
	 */
	SimulatedCancellation cancel(String province, String target, String remark,
			Function<String, CancellationPlay> plays) {
		if (target == null || target.isBlank()) {
			throw new IllegalArgumentException("target (an ICP number, Ztid or Wzid) is required");
		}
		return transaction.execute(status -> {
			FiledTarget filing = register.find(target)
				.orElseThrow(() -> new IllegalArgumentException(
						"target '%s' is neither the ICP number nor the bureau id (Ztid, Wzid) of a filing".formatted(target)));
			if (province != null && !filing.province().equals(provinces.get(province).code())) {
				throw new IllegalArgumentException("target '%s' was filed in province %s, not %s".formatted(target,
						filing.province(), province));
			}
			if (filing.cancelled()) {
				throw new IllegalArgumentException("target '%s' (%s) is cancelled already".formatted(target,
						filing.icpNumber()));
			}
			return cancel(filing, remark == null || remark.isBlank() ? remarkFor(filing) : remark,
					plays.apply(filing.province()), clock.instant(), "on request");
		});
	}

	/**
	 * A {@code Zxxx} for a bureau id no filing has (the provider must keep it and alert, never drop it).
	 *
	 * @throws IllegalArgumentException naming the field when the record could not be written as the schema says
	 */
	SimulatedCancellation cancelUnknown(String province, int kind, long bureauId, String remark) {
		String code = provinces.get(province).code();
		if (kind != BureauCancellation.ENTITY && kind != BureauCancellation.WEBSITE) {
			throw new IllegalArgumentException("kind (Zxlb) must be 0 (entity) or 1 (website), as download-data.xsd "
					+ "allows, not " + kind);
		}
		if (bureauId < 1) {
			throw new IllegalArgumentException("bureauId (Jlid) must be 1 or more, not " + bureauId);
		}
		return transaction.execute(status -> {
			if (register.find(Long.toString(bureauId)).isPresent()) {
				throw new IllegalArgumentException("bureauId (Jlid) %d is a filing's id, not an unknown one"
					.formatted(bureauId));
			}
			queue(code, kind, bureauId, remark, null, clock.instant());
			log.info("Simulated bureau {} cancels {} Jlid {}, an id it never gave{}", code, kindName(kind), bureauId,
					remark == null ? "" : ": " + remark);
			return new SimulatedCancellation(code, kind, bureauId, null, List.of(), remark);
		});
	}

	/**
	 * Plays the simulated bureaus' forced cancellation when one is due and this province has filed something: a
	 * filed entity or website of it drawn at random. Call in the province's download transaction.
	 */
	void forceIfDue(String province, Instant now, CancellationPlay play) {
		Instant due = nextForced.get();
		if (due == null || now.isBefore(due)) {
			return;
		}
		Optional<FiledTarget> filing = register.anyFiled(province, random);
		// one download takes the turn; a province with nothing filed leaves it to the next download
		if (filing.isPresent() && nextForced.compareAndSet(due, now.plus(settings.forcedCancellationsEvery()))) {
			cancel(filing.get(), remarkFor(filing.get()), play, now, "forcibly");
		}
	}

	private SimulatedCancellation cancel(FiledTarget filing, String remark, CancellationPlay play, Instant now,
			String how) {
		String province = filing.province();
		if (filing.website() != null) {
			register.cancelWebsite(filing.website(), now);
			queue(province, BureauCancellation.WEBSITE, filing.bureauId(), remark, null, now);
			log.info("Simulated bureau {} cancelled website {} (Wzid {}) {}: {}", province, filing.icpNumber(),
					filing.bureauId(), how, remark);
			return new SimulatedCancellation(province, BureauCancellation.WEBSITE, filing.bureauId(), filing.icpNumber(),
					List.of(), remark);
		}
		List<FiledWebsiteRow> websites = register.cancelEntity(filing.entity(), now);
		CancellationPlay drawn = play.drawn(settings.cancellationPlay(), random);
		Long follows = null;
		if (!websites.isEmpty() && drawn.websiteFirst()) {
			FiledWebsiteRow first = websites.get(0);
			follows = queue(province, BureauCancellation.WEBSITE, first.wzid(), WEBSITE_REMARKS.get(0), null, now);
		}
		queue(province, BureauCancellation.ENTITY, filing.bureauId(), remark, follows, now);
		if (drawn.websitesListed()) {
			// each after the entity's record, in its file: the entity's already took them
			for (FiledWebsiteRow website : follows == null ? websites : websites.subList(1, websites.size())) {
				queue(province, BureauCancellation.WEBSITE, website.wzid(), remark, follows, now);
			}
		}
		List<String> numbers = websites.stream().map(FiledWebsiteRow::icpNumber).toList();
		log.info("Simulated bureau {} cancelled entity {} (Ztid {}) and its websites {} {}{}: {}", province,
				filing.icpNumber(), filing.bureauId(), numbers, how,
				follows == null ? "" : ", told after website " + numbers.get(0), remark);
		return new SimulatedCancellation(province, BureauCancellation.ENTITY, filing.bureauId(), filing.icpNumber(),
				numbers, remark);
	}

	private long queue(String province, int kind, long bureauId, String remark, Long follows, Instant now) {
		GeneratedKey id = new GeneratedKey();
		cancellations.insertCancellation(province, kind, bureauId, remark, follows, null, now, id);
		return id.getId();
	}

	// an entity without websites is a shell (空壳主体); one with websites is cancelled for what it filed
	private String remarkFor(FiledTarget filing) {
		if (filing.entity() != null) {
			return ENTITY_REMARKS.get(register.filedWebsitesOf(filing.icpNumber()).isEmpty() ? 0 : 1);
		}
		return WEBSITE_REMARKS.get(random.nextInt(WEBSITE_REMARKS.size()));
	}

	private static String kindName(int kind) {
		return kind == BureauCancellation.ENTITY ? "entity" : "website";
	}

}
