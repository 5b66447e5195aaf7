package cn.beianbridge.collection.internal;

import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

import cn.beianbridge.scheduling.ScheduledWork;

/** The {@code collect} job: one pull from the console through route {@code collect-console}. */
@Component
class CollectWork implements ScheduledWork {

	private final ProducerTemplate camel;

	CollectWork(ProducerTemplate camel) {
		this.camel = camel;
	}

	@Override
	public String jobName() {
		return "collect";
	}

	@Override
	public void run() {
		camel.requestBody("direct:collect-console", (Object) null);
	}

}
