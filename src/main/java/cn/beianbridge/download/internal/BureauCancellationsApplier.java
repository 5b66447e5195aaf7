package cn.beianbridge.download.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

import cn.beianbridge.bureau.DownloadDocument.BureauCancellation;
import cn.beianbridge.bureau.DownloadDocument.BureauCancellations;
import cn.beianbridge.download.QuarantinedResult;
import cn.beianbridge.filing.BureauCancellations.Order;
import cn.beianbridge.filing.BureauCancellations.Outcome;
import cn.beianbridge.filing.CancellationScope;
import cn.beianbridge.shared.OperatorAlert;

/**
 * A ZXSJ section: each {@code Zxxx} applied apart ({@link ResultIsolation}), once, through the filing module's
 * {@link cn.beianbridge.filing.BureauCancellations}. One that names something of ours alerts the operators with the
 * domains to cut off (the provider must disconnect them); one whose id we do not know is quarantined whole with its
 * file and alerted, never dropped. One line per cancellation applied, and the counter
 * {@code bridge.download.bureau.cancellations{province, scope, outcome}}.
 */
@Component
class BureauCancellationsApplier {

	private static final Logger log = LoggerFactory.getLogger(BureauCancellationsApplier.class);

	private static final String NONE = "—";

	private final cn.beianbridge.filing.BureauCancellations cancellations;

	private final ResultQuarantine quarantine;

	private final ResultIsolation isolation;

	private final ApplicationEventPublisher events;

	private final MeterRegistry meters;

	BureauCancellationsApplier(cn.beianbridge.filing.BureauCancellations cancellations, ResultQuarantine quarantine,
			ResultIsolation isolation, ApplicationEventPublisher events, MeterRegistry meters) {
		this.cancellations = cancellations;
		this.quarantine = quarantine;
		this.isolation = isolation;
		this.events = events;
		this.meters = meters;
	}

	void apply(StoredDownload file, BureauCancellations section) {
		for (String unreadable : section.unreadable()) {
			quarantine.put(file, null, null,
					"Unreadable bureau cancellation (ZXSJ) in file " + file.fileName() + ": " + unreadable);
		}
		for (BureauCancellation cancellation : section.cancellations()) {
			Order order = new Order(file.province(), scopeOf(cancellation.kind()), cancellation.recordId(),
					cancellation.remark(), file.fileName());
			isolation.apply(file, String.valueOf(cancellation.recordId()),
					QuarantinedResult.CANCELLATION_CODE + cancellation.kind(),
					"bureau cancellation (ZXSJ) of " + order.target(), () -> apply(file, cancellation, order));
		}
	}

	private void apply(StoredDownload file, BureauCancellation cancellation, Order order) {
		Outcome outcome = cancellations.apply(order);
		meters.counter("bridge.download.bureau.cancellations", "province", file.province(), "scope",
				order.scope().name(), "outcome", outcome.status().name()).increment();
		switch (outcome.status()) {
			case UNKNOWN -> quarantine.putCancellation(file, cancellation, order.target(), outcome.why());
			case REPEATED -> log.info("Province {} file {}: the bureau's cancellation of {} was applied before; "
					+ "nothing changed", file.province(), file.fileName(), order.target());
			case NOTHING_NEW -> log.info("Province {} file {}: bureau cancellation of {} applied: nothing left to "
					+ "cancel (cancelled or decided before){}", file.province(), file.fileName(), order.target(),
					outcome.left().isEmpty() ? "" : "; left to the bureau's answer (upload in flight): " + outcome.left());
			default -> applied(file, order, outcome);
		}
	}

	private void applied(StoredDownload file, Order order, Outcome outcome) {
		log.info("Province {} file {}: bureau cancellation of {} applied: filings touched {}, numbers retired {}, "
				+ "requests closed {}, domains to cut off {}{}", file.province(), file.fileName(), order.target(),
				outcome.consoleFilingIds(), outcome.retiredIcpNumbers(), outcome.closed(), outcome.domains(),
				outcome.left().isEmpty() ? "" : ", left to the bureau's answer (upload in flight) " + outcome.left());
		Map<String, String> variables = new LinkedHashMap<>();
		variables.put("province", file.province());
		variables.put("fileName", file.fileName());
		variables.put("cancelledWhat", order.target());
		variables.put("bureauId", String.valueOf(order.bureauId()));
		variables.put("remark", order.remark() == null ? NONE : order.remark());
		variables.put("filings", listed(outcome.consoleFilingIds(), "、"));
		variables.put("retiredIcpNumbers", listed(outcome.retiredIcpNumbers(), "、"));
		variables.put("domains", listed(outcome.domains(), "\n"));
		variables.put("closed", listed(outcome.closed(), "、"));
		variables.put("left", listed(outcome.left(), "、"));
		// in the file's transaction: alerted exactly when the cancellation is recorded, once per bureau record
		events.publishEvent(new OperatorAlert(OperatorAlert.Kind.BUREAU_CANCELLATION,
				file.province() + ":" + order.scope() + ":" + order.bureauId(), variables));
	}

	static CancellationScope scopeOf(int zxlb) {
		return switch (zxlb) {
			case BureauCancellation.ENTITY -> CancellationScope.ENTITY;
			case BureauCancellation.WEBSITE -> CancellationScope.WEBSITE;
			case BureauCancellation.ACCESS -> CancellationScope.ACCESS;
			default -> throw new IllegalArgumentException("Zxlb " + zxlb + " is none of 0 (entity), 1 (website), "
					+ "2 (access)");
		};
	}

	private static String listed(List<String> values, String separator) {
		return values.isEmpty() ? NONE : String.join(separator, values);
	}

}
