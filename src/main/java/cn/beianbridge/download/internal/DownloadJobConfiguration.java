package cn.beianbridge.download.internal;

import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.beianbridge.bureau.BureauGateway;
import cn.beianbridge.scheduling.ProvinceJobs;
import cn.beianbridge.scheduling.ProvinceLeases;
import cn.beianbridge.scheduling.ScheduledWork;

/** The {@code download} job: one {@code downloadProvince} partition per enabled province (see {@link ProvinceJobs}). */
@Configuration(proxyBeanMethods = false)
class DownloadJobConfiguration {

	static final String JOB_NAME = "download";

	static final String WORKER_STEP = "downloadProvince";

	static final String RUN = ProvinceJobs.RUN;

	@Bean
	Job downloadJob(ProvinceJobs provinceJobs, ProvinceDownloader downloader, ProvinceLeases leases,
			BureauGateway gateway) {
		return provinceJobs.partitionedByProvince(JOB_NAME, WORKER_STEP,
				new DownloadProvinceWork(downloader, leases, gateway));
	}

	@Bean
	ScheduledWork downloadWork(ProvinceJobs provinceJobs, @Qualifier("downloadJob") Job downloadJob) {
		return provinceJobs.scheduled(downloadJob);
	}

}
