package cn.beianbridge.download.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.beianbridge.province.Province;
import cn.beianbridge.province.ProvinceCatalogue;
import cn.beianbridge.scheduling.ScheduledWork;

/**
 * The scheduled {@code download} work: every enabled province in turn, one after the other. A first increment:
 * the submit job's Spring Batch partitioning per province (parallel, restartable) is the next step here.
 */
@Component
class DownloadWork implements ScheduledWork {

	private static final Logger log = LoggerFactory.getLogger(DownloadWork.class);

	private final ProvinceCatalogue provinces;

	private final ProvinceDownloader downloader;

	DownloadWork(ProvinceCatalogue provinces, ProvinceDownloader downloader) {
		this.provinces = provinces;
		this.downloader = downloader;
	}

	@Override
	public String jobName() {
		return "download";
	}

	@Override
	public void run() {
		for (Province province : provinces.enabled()) {
			// one province's trouble (a broken file, a bad gateway) must not keep the others' decisions back
			try {
				ProvinceDownload run = downloader.download(province.code());
				if (run.filesReceived() > 0 || run.filesApplied() > 0 || run.stopped() != null) {
					log.info("{}", run);
				}
			}
			catch (RuntimeException ex) {
				log.error("Download from province {} failed; tried again on the next run", province.code(), ex);
			}
		}
	}

}
