package cn.beianbridge.download.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

import cn.beianbridge.filing.ApprovalsAwaitingNumbers;
import cn.beianbridge.province.ProvinceCatalogue;

/**
 * {@code bridge.download.approvals.awaiting.numbers{province}}: approvals (BAJG 1001) still waiting for their ICP
 * numbers (BASJ), counted when scraped (an indexed count per province).
 */
@Component
class AwaitingNumbersMetrics implements MeterBinder {

	private final ApprovalsAwaitingNumbers awaiting;

	private final ProvinceCatalogue provinces;

	AwaitingNumbersMetrics(ApprovalsAwaitingNumbers awaiting, ProvinceCatalogue provinces) {
		this.awaiting = awaiting;
		this.provinces = provinces;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		provinces.enabled().forEach(province -> Gauge
			.builder("bridge.download.approvals.awaiting.numbers", awaiting, a -> a.count(province.code()))
			.description("Approvals (BAJG 1001) whose ICP numbers (BASJ) have not come yet")
			.tag("province", province.code())
			.strongReference(true)
			.register(registry));
	}

}
