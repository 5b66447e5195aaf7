package cn.beianbridge.download.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import cn.beianbridge.bureau.BureauGateway;
import cn.beianbridge.scheduling.ProvinceLeases;
import cn.beianbridge.scheduling.ProvinceLeases.ProvinceLease;
import cn.beianbridge.scheduling.ProvinceOutcome;
import cn.beianbridge.scheduling.ProvinceWork;

/**
 * The download job's work for one province: {@link ProvinceDownloader#download} under the province's download
 * lease, so overlapping runs (two nodes, a slow run and the next firing) never download one province at once. A run
 * that stopped before the bureau had nothing more is the province's trouble, with the reason it stopped.
 */
final class DownloadProvinceWork implements ProvinceWork {

	private final ProvinceDownloader downloader;

	private final ProvinceLeases leases;

	private final BureauGateway gateway;

	DownloadProvinceWork(ProvinceDownloader downloader, ProvinceLeases leases, BureauGateway gateway) {
		this.downloader = downloader;
		this.leases = leases;
		this.gateway = gateway;
	}

	@Override
	public String notReady(String province) {
		return gateway.notReady(province);
	}

	@Override
	public ProvinceOutcome run(String province) {
		Optional<ProvinceLease> lease = leases.acquire(DownloadJobConfiguration.JOB_NAME, province);
		if (lease.isEmpty()) {
			return ProvinceOutcome.busy("lease held by "
					+ leases.holder(DownloadJobConfiguration.JOB_NAME, province).orElse("another run"));
		}
		ProvinceDownload run;
		try (ProvinceLease held = lease.get()) {
			run = downloader.download(province);
		}
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put("files received", run.filesReceived());
		counts.put("files applied", run.filesApplied());
		counts.put("files acknowledged", run.filesAcknowledged());
		return run.stopped() == null ? ProvinceOutcome.done(counts, run.filesApplied())
				: ProvinceOutcome.trouble("stopped: " + run.stopped(), counts, run.filesApplied());
	}

}
