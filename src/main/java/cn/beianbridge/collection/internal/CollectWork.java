package cn.beianbridge.collection.internal;

import org.apache.camel.ProducerTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import cn.beianbridge.scheduling.ScheduledWork;

/** The {@code collect} job: one pull from the console through route {@code collect-console}. */
@Component
class CollectWork implements ScheduledWork {

	private final ProducerTemplate camel;

	private final MeterRegistry meters;

	CollectWork(ProducerTemplate camel, MeterRegistry meters) {
		this.camel = camel;
		this.meters = meters;
	}

	@Override
	public String jobName() {
		return "collect";
	}

	@Override
	public void run() {
		// bridge.collection.runs{result=failed} is what an operator alerts on: the console is down or sends pages
		// we cannot read; the cursor waits at the last stored page meanwhile.
		try {
			camel.requestBody("direct:collect-console", (Object) null);
			meters.counter("bridge.collection.runs", "result", "ok").increment();
		}
		catch (RuntimeException ex) {
			meters.counter("bridge.collection.runs", "result", "failed").increment();
			throw ex;
		}
	}

}
