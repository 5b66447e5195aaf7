package cn.beianbridge.filing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.beianbridge.filing.FilingDocument.CancellationKind;
import cn.beianbridge.filing.internal.CustomerRequestMapper;
import cn.beianbridge.filing.internal.CustomerRequestMapper.CancelTarget;
import cn.beianbridge.filing.internal.CustomerRequestMapper.ChangedWebsite;
import cn.beianbridge.filing.internal.CustomerRequestMapper.CurrentWebsite;

/**
 * The customer's change (CHANGE, BGBA, {@code Czlx} 4) and cancel (CANCEL, ZXBA, {@code Czlx} 5 access, 6 entity, 7
 * website) requests as the bureau's results find and decide them.
 * <p>
 * An approved change makes its data current: the CHANGE filing is APPROVED with the numbers it names, and the website
 * rows of earlier filings with those numbers (and the earlier filings' entity) are superseded by it, kept as history;
 * {@link HostedObjects} and {@link FiledDomains} answer from the change's rows, which take over the bureau's ids. An
 * approved cancel marks what it names exactly as the bureau's own cancellation does ({@link BureauCancellations}),
 * cancelled by the CUSTOMER, and the CANCEL filing is APPROVED: the console tells a granted request by that, and the
 * filings it cancelled by their CANCELLED events.
 */
@Service
public class CustomerRequests {

	private static final Logger log = LoggerFactory.getLogger(CustomerRequests.class);

	private final CustomerRequestMapper mapper;

	private final HostedObjects hosted;

	private final FilingTransitions transitions;

	private final BureauCancellations cancellations;

	CustomerRequests(CustomerRequestMapper mapper, HostedObjects hosted, FilingTransitions transitions,
			BureauCancellations cancellations) {
		this.mapper = mapper;
		this.hosted = hosted;
		this.transitions = transitions;
		this.cancellations = cancellations;
	}

	/** Whether results with this {@code Czlx} decide a customer's request (change, cancel). */
	public static boolean decidesARequest(int czlx) {
		return czlx >= 4 && czlx <= 7;
	}

	/**
	 * The request of the province a result names, by every form the protocol allows: {@code Bs} as the bureau id of
	 * the object (4, 6: Ztid; 5: Jrid; 7: Wzid) or its ICP number, else each {@code Gjsh/Jlid} so, else (5, 7) {@code Bs}
	 * as the entity's Ztid when it names exactly one such request. One in flight is found before a decided one (a
	 * result repeated after its decision finds the decided one, and changes nothing).
	 */
	public Optional<Long> named(String province, int czlx, String bs, List<String> jlids) {
		Set<String> identifiers = new LinkedHashSet<>();
		if (bs != null && !bs.isBlank()) {
			identifiers.add(bs.trim());
		}
		jlids.stream().filter(Objects::nonNull).map(String::trim).filter(id -> !id.isEmpty()).forEach(identifiers::add);
		for (String identifier : identifiers) {
			Optional<Long> found = byObject(province, czlx, identifier);
			if (found.isPresent()) {
				return found;
			}
		}
		Long ztid = bs == null ? null : number(bs.trim());
		if (ztid != null && (czlx == 5 || czlx == 7)) {
			List<String> websiteNumbers = hosted.entityByZtid(ztid).stream()
				.flatMap(entity -> entity.websites().stream())
				.filter(website -> website.filing().province().equals(province))
				.map(HostedObjects.Website::icpNumber).filter(Objects::nonNull).distinct().toList();
			List<Long> requests = websiteNumbers.isEmpty() ? List.of()
					: mapper.findCancels(province, kindOf(czlx), websiteNumbers);
			if (requests.size() == 1) {
				return Optional.of(requests.get(0));
			}
		}
		return Optional.empty();
	}

	private Optional<Long> byObject(String province, int czlx, String identifier) {
		Long bureauId = number(identifier);
		List<String> numbers = bureauId == null ? List.of(identifier) : numbersOf(province, czlx, bureauId);
		if (czlx == 4) {
			return Optional.ofNullable(mapper.findChange(province, numbers, bureauId));
		}
		return numbers.isEmpty() ? Optional.empty()
				: mapper.findCancels(province, kindOf(czlx), numbers).stream().findFirst();
	}

	/** The ICP numbers of the object with this bureau id, as the request would name it. */
	private List<String> numbersOf(String province, int czlx, long bureauId) {
		List<String> numbers = new ArrayList<>();
		switch (czlx) {
			case 4, 6 -> hosted.entityByZtid(bureauId).ifPresent(entity -> entity.filings().stream()
				.filter(filing -> filing.province().equals(province))
				.map(HostedObjects.Filing::entityIcpNumber).filter(Objects::nonNull).forEach(numbers::add));
			case 7 -> hosted.websitesByWzid(bureauId).stream().filter(w -> w.filing().province().equals(province))
				.map(HostedObjects.Website::icpNumber).filter(Objects::nonNull).forEach(numbers::add);
			default -> hosted.websitesByJrid(bureauId).stream().filter(w -> w.filing().province().equals(province))
				.map(HostedObjects.Website::icpNumber).filter(Objects::nonNull).forEach(numbers::add);
		}
		return numbers.stream().distinct().toList();
	}

	/**
	 * The bureau approved a SUBMITTED CHANGE or CANCEL of the province (BAJG 1001).
	 *
	 * @return what the approval cancelled (a CANCEL), for the operators; empty for a CHANGE
	 */
	@Transactional
	public Optional<BureauCancellations.Outcome> approved(FilingSummary request, String cause) {
		if (request.filingType() == FilingType.CHANGE) {
			changeApproved(request, cause);
			return Optional.empty();
		}
		if (request.filingType() == FilingType.CANCEL) {
			return Optional.of(cancelApproved(request, cause));
		}
		throw new IllegalArgumentException("Filing " + request.consoleFilingId() + " is a " + request.filingType()
				+ ", not a CHANGE or CANCEL");
	}

	private void changeApproved(FilingSummary change, String cause) {
		long id = change.id();
		String province = change.province();
		String entityNumber = mapper.findEntityIcp(id);
		// the bureau's ids move to the change's rows before the rows it replaces step aside
		hosted.entityByIcpNumber(entityNumber).flatMap(entity -> entity.filings().stream()
			.filter(filing -> filing.province().equals(province) && filing.filingId() != id)
			.map(HostedObjects.Filing::ztid).filter(Objects::nonNull).reduce((a, b) -> b))
			.ifPresent(ztid -> mapper.copyZtid(id, ztid));
		Map<Long, String> websiteNumbers = new LinkedHashMap<>();
		int superseded = 0;
		for (ChangedWebsite website : mapper.findChangedWebsites(id)) {
			websiteNumbers.put(website.id(), website.icpNumber());
			for (CurrentWebsite current : mapper.findCurrentWebsites(province, id, website.icpNumber())) {
				mapper.copyWebsiteIds(website.id(), current.wzid(), current.jrid());
				mapper.copyDomainIds(website.id(), current.id());
				mapper.copyIpRangeIds(website.id(), current.id());
				superseded += mapper.supersedeWebsite(current.id(), id);
			}
		}
		int entities = entityNumber == null ? 0 : mapper.supersedeEntity(province, id, entityNumber);
		transitions.approved(id, province, entityNumber, websiteNumbers, "bureau", cause);
		log.info("Change {} approved in province {}: its data is current ({} earlier website row(s), {} earlier "
				+ "filing(s)' entity superseded)", change.consoleFilingId(), province, superseded, entities);
	}

	private BureauCancellations.Outcome cancelApproved(FilingSummary cancel, String cause) {
		CancelTarget target = mapper.findCancellation(cancel.id());
		CancellationScope scope = CancellationScope.valueOf(target.kind().name());
		long bureauId = bureauIdOf(cancel.province(), scope, target.icpNumber()).orElseThrow(() ->
				new IllegalStateException(("The approved cancellation %s names %s %s, which has no bureau id among what "
						+ "we host in province %s: nothing could be marked cancelled").formatted(cancel.consoleFilingId(),
								scope, target.icpNumber(), cancel.province())));
		// the CANCEL first: it is then no open request its own marking would close
		transitions.approved(cancel.id(), cancel.province(), null, Map.of(), "bureau", cause);
		List<Reason> closing = List.of(Reason.of(scope == CancellationScope.ENTITY ? "1049"
				: scope == CancellationScope.WEBSITE ? "1050" : null, null, ("Closed: the customer's cancellation of "
						+ "the %s %s (%s) was approved, so the bureau would refuse this request; going on needs a new "
						+ "filing").formatted(scope.name().toLowerCase(), target.icpNumber(), cancel.consoleFilingId())));
		BureauCancellations.Outcome outcome = cancellations.cancelledOnRequest(cancel.id(), cancel.province(), scope,
				bureauId, closing, "cancellation " + cancel.consoleFilingId() + " approved (" + cause + ")");
		log.info("Cancellation {} approved in province {}: {} {} cancelled, filings touched {}, numbers retired {}, "
				+ "requests closed {}, domains to cut off {}", cancel.consoleFilingId(), cancel.province(), scope,
				target.icpNumber(), outcome.consoleFilingIds(), outcome.retiredIcpNumbers(), outcome.closed(),
				outcome.domains());
		return outcome;
	}

	/** What a CANCEL names, as an operator reads it: {@code WEBSITE 浙ICP备2026012345号-1}. */
	public String cancelledWhat(long cancelId) {
		CancelTarget target = mapper.findCancellation(cancelId);
		return target == null ? "—" : target.kind() + " " + target.icpNumber();
	}

	private Optional<Long> bureauIdOf(String province, CancellationScope scope, String icpNumber) {
		if (scope == CancellationScope.ENTITY) {
			return hosted.entityByIcpNumber(icpNumber).flatMap(entity -> entity.filings().stream()
				.filter(filing -> filing.province().equals(province))
				.map(HostedObjects.Filing::ztid).filter(Objects::nonNull).reduce((a, b) -> b));
		}
		return hosted.websitesByIcpNumber(icpNumber).stream()
			.filter(website -> website.filing().province().equals(province))
			.map(website -> scope == CancellationScope.WEBSITE ? website.wzid() : website.access().jrid())
			.filter(Objects::nonNull).reduce((a, b) -> b);
	}

	private static CancellationKind kindOf(int czlx) {
		return switch (czlx) {
			case 5 -> CancellationKind.ACCESS;
			case 6 -> CancellationKind.ENTITY;
			case 7 -> CancellationKind.WEBSITE;
			default -> throw new IllegalArgumentException("Czlx " + czlx + " is no cancellation (5, 6, 7)");
		};
	}

	private static Long number(String identifier) {
		try {
			return Long.parseLong(identifier);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
