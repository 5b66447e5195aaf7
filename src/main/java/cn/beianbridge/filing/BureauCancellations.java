package cn.beianbridge.filing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.beianbridge.filing.internal.CancellationMapper;
import cn.beianbridge.filing.internal.CancellationMapper.TargetFiling;
import cn.beianbridge.filing.internal.CancellationMapper.TargetWebsite;

/**
 * The bureau's own cancellations (ZXSJ), each applied once: the entity (every filing numbered with or filed under its
 * Ztid, with all their websites and the new accesses to them), one website (every row of ours with its Wzid), or our
 * access to a website (every website row of ours whose access has its Jrid, found through {@link HostedObjects}). What was cancelled is marked (by the BUREAU, when), its
 * ICP numbers retired (moved out of what shows as filed, kept for the history); an entity's APPROVED filings end
 * CANCELLED, a website's or an access's stay APPROVED with that website marked. Requests still open on what was
 * cancelled (RECEIVED, HELD, SUBMITTED) are closed, CANCELLED with the reason: the bureau would refuse them
 * (1049/1050). Each filing touched gets one CANCELLED event. A filing BATCHED (its upload in flight, its outcome
 * unknown) is left to the bureau's answer. The same cancellation again, or one whose targets were all cancelled
 * before, changes nothing. A customer's cancellation the bureau approved is marked the same way, by the CUSTOMER
 * ({@link CustomerRequests}).
 */
@Service
public class BureauCancellations {

	private static final int MAX_TEXT = 2000;

	private final CancellationMapper mapper;

	private final FilingTransitions transitions;

	private final HostedObjects hosted;

	private final Clock clock;

	BureauCancellations(CancellationMapper mapper, FilingTransitions transitions, HostedObjects hosted, Clock clock) {
		this.mapper = mapper;
		this.transitions = transitions;
		this.hosted = hosted;
		this.clock = clock;
	}

	/**
	 * One {@code Zxxx} of a province's file.
	 *
	 * @param bureauId {@code Jlid}: the Ztid (ENTITY), Wzid (WEBSITE) or Jrid (ACCESS)
	 */
	public record Order(String province, CancellationScope scope, long bureauId, String remark, String fileName) {

		public Order {
			Objects.requireNonNull(province, "province");
			Objects.requireNonNull(fileName, "fileName");
			if (scope == null || scope == CancellationScope.FILING) {
				throw new IllegalArgumentException("scope: a bureau cancels an ENTITY, WEBSITE or ACCESS, not " + scope);
			}
		}

		/** As an operator reads it: {@code entity Ztid 1001}. */
		public String target() {
			return switch (scope) {
				case ENTITY -> "entity Ztid " + bureauId;
				case WEBSITE -> "website Wzid " + bureauId;
				default -> "access Jrid " + bureauId;
			};
		}

	}

	public enum Status {

		/** Something was cancelled or closed now. */
		APPLIED,

		/** Known, but everything it names was cancelled (or decided) before: nothing changed, nobody told. */
		NOTHING_NEW,

		/** Applied before (a redelivered file, the same record in another file): nothing changed. */
		REPEATED,

		/** Its id names nothing of ours: to be kept for an operator. */
		UNKNOWN

	}

	/**
	 * @param why for UNKNOWN, why it could not be resolved
	 * @param consoleFilingIds the filings touched (each got its CANCELLED event)
	 * @param domains the domains of the websites we served that are cancelled now: to be cut off
	 * @param closed the requests still open that were closed
	 * @param left the filings BATCHED (upload in flight), left to the bureau's answer
	 */
	public record Outcome(Status status, String why, List<String> consoleFilingIds, List<String> retiredIcpNumbers,
			List<String> domains, List<String> closed, List<String> left) {

		public Outcome {
			consoleFilingIds = List.copyOf(consoleFilingIds);
			retiredIcpNumbers = List.copyOf(retiredIcpNumbers);
			domains = List.copyOf(domains);
			closed = List.copyOf(closed);
			left = List.copyOf(left);
		}

		static Outcome of(Status status, String why) {
			return new Outcome(status, why, List.of(), List.of(), List.of(), List.of(), List.of());
		}

	}

	private record Touched(TargetFiling filing, FilingState to, List<FilingApproved.Website> websites) {
	}

	@Transactional
	public Outcome apply(Order order) {
		if (mapper.applied(order.province(), order.scope(), order.bureauId())) {
			return Outcome.of(Status.REPEATED, null);
		}
		Optional<Targets> found = targets(order.province(), order.scope(), order.bureauId());
		if (found.isEmpty()) {
			return Outcome.of(Status.UNKNOWN, unknownWhy(order));
		}
		Outcome outcome = mark(found.get(), order.scope(), CancelledBy.BUREAU, order.remark(),
				closing -> reasons(order, closing), "bureau cancelled " + order.target() + " (ZXSJ in " + order.fileName()
						+ ")");
		mapper.insertApplied(order.province(), order.scope(), order.bureauId(), cut(order.remark()), order.fileName(),
				clock.instant(), outcome.consoleFilingIds().size(), cut(outcome.retiredIcpNumbers().isEmpty() ? null
						: String.join(",", outcome.retiredIcpNumbers())));
		return outcome;
	}

	/**
	 * A customer's cancellation (ZXBA) the bureau approved: what it names is marked exactly as the bureau's own
	 * cancellation marks it, cancelled by the CUSTOMER. Its own record of being applied is the CANCEL filing's decision.
	 *
	 * @param bureauId the Ztid (ENTITY), Wzid (WEBSITE) or Jrid (ACCESS) of what the request named
	 * @param closing why a request still open on it is closed (the bureau would refuse it)
	 */
	Outcome cancelledOnRequest(long requestId, String province, CancellationScope scope, long bureauId,
			List<Reason> closing, String cause) {
		Optional<Targets> found = targets(province, scope, bureauId);
		if (found.isEmpty()) {
			return Outcome.of(Status.UNKNOWN, unknownWhy(new Order(province, scope, bureauId, null, "-")));
		}
		// the request itself is decided apart (APPROVED), never closed as one of its own targets
		Targets targets = new Targets(found.get().filings().stream().filter(f -> f.id() != requestId).toList(),
				found.get().websites());
		return mark(targets, scope, CancelledBy.CUSTOMER, null, open -> open ? closing : List.of(), cause);
	}

	/**
	 * Marks the targets cancelled: the entity retired (ENTITY), websites cancelled with their numbers retired (not for
	 * ACCESS), open requests closed, one CANCELLED event per filing touched.
	 */
	private Outcome mark(Targets targets, CancellationScope scope, CancelledBy by, String remark,
			Function<Boolean, List<Reason>> reasons, String cause) {
		Instant now = clock.instant();
		boolean retire = scope != CancellationScope.ACCESS;
		Set<String> retired = new LinkedHashSet<>();
		List<String> domains = new ArrayList<>();
		List<String> closed = new ArrayList<>();
		List<String> left = new ArrayList<>();
		List<Touched> touched = new ArrayList<>();
		for (TargetFiling filing : targets.filings()) {
			if (filing.state() == FilingState.BATCHED) {
				left.add(filing.consoleFilingId());
				continue;
			}
			boolean open = filing.state() == FilingState.RECEIVED || filing.state() == FilingState.HELD
					|| filing.state() == FilingState.SUBMITTED;
			if (filing.state() != FilingState.APPROVED && !open) {
				continue;
			}
			boolean entityNow = false;
			if (scope == CancellationScope.ENTITY) {
				String entityNumber = mapper.findEntityNumber(filing.id());
				entityNow = mapper.retireEntity(filing.id(), now, by) == 1;
				if (entityNow && entityNumber != null) {
					retired.add(entityNumber);
				}
			}
			List<FilingApproved.Website> websites = new ArrayList<>();
			List<Long> cancelledNow = new ArrayList<>();
			for (TargetWebsite website : targets.websitesOf(filing.id())) {
				if (!website.cancelled() && mapper.cancelWebsite(website.id(), scope, retire, now, by) == 1) {
					cancelledNow.add(website.id());
					String number = retire ? website.icpNumber() : null;
					if (number != null) {
						retired.add(number);
					}
					websites.add(new FilingApproved.Website(website.consoleWebsiteId(), number));
				}
			}
			if (!entityNow && cancelledNow.isEmpty() && !open) {
				continue;
			}
			if (filing.state() == FilingState.APPROVED && !cancelledNow.isEmpty()) {
				domains.addAll(mapper.findDomains(cancelledNow));
			}
			if (open) {
				closed.add(filing.consoleFilingId());
				mapper.dropAwaitingApproval(filing.id());
			}
			boolean ends = open || scope == CancellationScope.ENTITY;
			touched.add(new Touched(filing, ends ? FilingState.CANCELLED : filing.state(), websites));
		}
		List<String> retiredNumbers = List.copyOf(retired);
		for (Touched each : touched) {
			TargetFiling filing = each.filing();
			transitions.cancelledAtBureau(filing.id(), by, filing.state(), each.to(), scope, retiredNumbers,
					each.websites(), remark, reasons.apply(filing.state() != FilingState.APPROVED), cause);
		}
		return new Outcome(touched.isEmpty() ? Status.NOTHING_NEW : Status.APPLIED, null,
				touched.stream().map(t -> t.filing().consoleFilingId()).toList(), retiredNumbers,
				List.copyOf(new LinkedHashSet<>(domains)), closed, left);
	}

	private record Targets(List<TargetFiling> filings, List<TargetWebsite> websites) {

		List<TargetWebsite> websitesOf(long filingId) {
			return websites.stream().filter(w -> w.filingId() == filingId).toList();
		}

	}

	private Optional<Targets> targets(String province, CancellationScope scope, long bureauId) {
		switch (scope) {
			case ENTITY -> {
				Map<Long, TargetFiling> filings = new LinkedHashMap<>();
				mapper.findEntityFilings(province, bureauId).forEach(f -> filings.put(f.id(), f));
				if (filings.isEmpty()) {
					return Optional.empty();
				}
				// its websites filed elsewhere reached through new accesses to them, by their Wzid
				List<Long> wzids = mapper.findWebsitesOfFilings(filings.keySet()).stream()
					.map(TargetWebsite::bureauId).filter(Objects::nonNull).distinct().toList();
				if (!wzids.isEmpty()) {
					List<Long> more = mapper.findWebsitesByBureauIds(province, wzids).stream()
						.map(TargetWebsite::filingId).filter(id -> !filings.containsKey(id)).distinct().toList();
					if (!more.isEmpty()) {
						mapper.findFilings(more).forEach(f -> filings.put(f.id(), f));
					}
				}
				List<TargetFiling> all = filings.values().stream()
					.sorted((a, b) -> Long.compare(a.id(), b.id())).toList();
				return Optional.of(new Targets(all, mapper.findWebsitesOfFilings(filings.keySet())));
			}
			case WEBSITE -> {
				return websites(mapper.findWebsitesByBureauIds(province, List.of(bureauId)));
			}
			default -> {
				List<Long> ours = hosted.websitesByJrid(bureauId).stream()
					.filter(website -> website.filing().province().equals(province))
					.map(HostedObjects.Website::websiteId)
					.toList();
				return ours.isEmpty() ? Optional.empty() : websites(mapper.findWebsites(ours));
			}
		}
	}

	private Optional<Targets> websites(List<TargetWebsite> websites) {
		if (websites.isEmpty()) {
			return Optional.empty();
		}
		List<Long> filingIds = websites.stream().map(TargetWebsite::filingId).distinct().toList();
		return Optional.of(new Targets(mapper.findFilings(filingIds), websites));
	}

	private static String unknownWhy(Order order) {
		return switch (order.scope()) {
			case ENTITY -> "no filing of ours in province " + order.province() + " has this Ztid (numbered with it by "
					+ "a BASJ, or a new website filed under it)";
			case WEBSITE -> "no website of ours in province " + order.province() + " has this Wzid (numbered with it "
					+ "by a BASJ, or a new access to it)";
			default -> "no access of ours in province " + order.province() + " has this Jrid (numbered with it by a "
					+ "BASJ)";
		};
	}

	private static List<Reason> reasons(Order order, boolean closing) {
		List<Reason> reasons = new ArrayList<>();
		if (closing) {
			String code = switch (order.scope()) {
				case ENTITY -> "1049";
				case WEBSITE -> "1050";
				default -> null;
			};
			reasons.add(Reason.of(code, null, ("Closed: the bureau cancelled the %s this request is for (ZXSJ in %s), "
					+ "so it would refuse it; going on needs a new filing").formatted(order.target(), order.fileName())));
		}
		if (order.remark() != null && !order.remark().isBlank()) {
			reasons.add(Reason.of(null, null, cut("The bureau's remark: " + order.remark())));
		}
		return reasons;
	}

	private static String cut(String text) {
		return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
	}

}
