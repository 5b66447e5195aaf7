package cn.beianbridge.sync.internal;

import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

import cn.beianbridge.scheduling.ScheduledWork;

/** The {@code sync} job: one pass over the due outbox events through route {@code sync-console}. */
@Component
class SyncWork implements ScheduledWork {

	private final ProducerTemplate camel;

	SyncWork(ProducerTemplate camel) {
		this.camel = camel;
	}

	@Override
	public String jobName() {
		return "sync";
	}

	@Override
	public void run() {
		camel.requestBody("direct:sync-console", (Object) null);
	}

}
