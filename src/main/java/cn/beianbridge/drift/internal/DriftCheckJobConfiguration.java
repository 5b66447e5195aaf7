package cn.beianbridge.drift.internal;

import java.util.Optional;

import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.beianbridge.bureau.BureauGateway;
import cn.beianbridge.scheduling.ProvinceJobs;
import cn.beianbridge.scheduling.ProvinceLeases;
import cn.beianbridge.scheduling.ProvinceLeases.ProvinceLease;
import cn.beianbridge.scheduling.ProvinceOutcome;
import cn.beianbridge.scheduling.ProvinceWork;
import cn.beianbridge.scheduling.ScheduledWork;

/**
 * The {@code drift-check} job: one {@code driftCheckProvince} partition per enabled province (see
 * {@link ProvinceJobs}), each under the province's drift-check lease so overlapping runs never check one province
 * twice at once.
 */
@Configuration(proxyBeanMethods = false)
class DriftCheckJobConfiguration {

	static final String JOB_NAME = "drift-check";

	static final String WORKER_STEP = "driftCheckProvince";

	@Bean
	Job driftCheckJob(ProvinceJobs provinceJobs, ProvinceDriftCheck check, ProvinceLeases leases,
			BureauGateway gateway) {
		return provinceJobs.partitionedByProvince(JOB_NAME, WORKER_STEP, new ProvinceWork() {

			@Override
			public String notReady(String province) {
				return gateway.notReady(province);
			}

			@Override
			public ProvinceOutcome run(String province) {
				Optional<ProvinceLease> lease = leases.acquire(JOB_NAME, province);
				if (lease.isEmpty()) {
					return ProvinceOutcome.busy("lease held by " + leases.holder(JOB_NAME, province).orElse("another run"));
				}
				DriftRun run;
				try (ProvinceLease held = lease.get()) {
					run = check.check(province);
				}
				return run.stopped() == null ? ProvinceOutcome.done(run.counts(), run.checked())
						: ProvinceOutcome.trouble(run.stopped(), run.counts(), run.checked());
			}

		});
	}

	@Bean
	ScheduledWork driftCheckWork(ProvinceJobs provinceJobs, @Qualifier("driftCheckJob") Job driftCheckJob) {
		return provinceJobs.scheduled(driftCheckJob);
	}

}
