package cn.beianbridge.submission.internal;

import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.beianbridge.bureau.BureauGateway;
import cn.beianbridge.scheduling.ProvinceJobs;
import cn.beianbridge.scheduling.ScheduledWork;
import cn.beianbridge.submission.ProvinceSubmitter;
import cn.beianbridge.submission.UploadFiles;

/** The {@code submit} job: one {@code submitProvince} partition per enabled province (see {@link ProvinceJobs}). */
@Configuration(proxyBeanMethods = false)
class SubmitJobConfiguration {

	static final String JOB_NAME = UploadFiles.SUBMIT_JOB;

	static final String WORKER_STEP = "submitProvince";

	static final String RUN = ProvinceJobs.RUN;

	/** Asks for the submitter only when a partition runs, so the application starts without one. */
	@Bean
	Job submitJob(ProvinceJobs provinceJobs, ObjectProvider<ProvinceSubmitter> submitters, UploadBatches batches,
			BureauGateway gateway) {
		return provinceJobs.partitionedByProvince(JOB_NAME, WORKER_STEP,
				new SubmitProvinceWork(submitters, batches, gateway));
	}

	@Bean
	ScheduledWork submitWork(ProvinceJobs provinceJobs, @Qualifier("submitJob") Job submitJob) {
		return provinceJobs.scheduled(submitJob);
	}

}
