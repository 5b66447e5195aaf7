package cn.beianbridge.ops.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.beianbridge.ops.internal.OpsAudit.Change;
import cn.beianbridge.scheduling.SchedulerActed;

/** What the scheduler does on its own that a person could have done in the console is audited too, as {@code system}. */
@Component
class SchedulerAudit {

	private final OpsAudit audit;

	SchedulerAudit(OpsAudit audit) {
		this.audit = audit;
	}

	@EventListener
	void on(SchedulerActed acted) {
		audit.recordSystem(Change.of(acted.action(), acted.target(), acted.reason(), acted.outcome())
			.states(acted.before(), acted.after()));
	}

}
