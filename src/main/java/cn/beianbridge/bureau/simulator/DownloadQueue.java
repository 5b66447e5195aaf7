package cn.beianbridge.bureau.simulator;

import java.time.Instant;

import cn.beianbridge.bureau.DownloadDocument;
import cn.beianbridge.bureau.DownloadDocumentWriter;
import cn.beianbridge.bureau.FileNames;

/**
 * Files waiting for the provider's {@code isp_download}, written as GBK documents. A file's name is the
 * province, its kind and a unique suffix, letters and digits only: {@code 33BAJG2026112715040512300000042}.
 */
class DownloadQueue {

	private final SimulatorDownloadMapper downloads;

	private final DownloadDocumentWriter writer = new DownloadDocumentWriter();

	DownloadQueue(SimulatorDownloadMapper downloads) {
		this.downloads = downloads;
	}

	String add(String province, DownloadDocument document, String uniqueSuffix, Instant now) {
		String fileName = FileNames.requireValid(province + document.kind() + uniqueSuffix);
		downloads.insertFile(province, fileName, document.kind(), writer.write(document), now);
		return fileName;
	}

}
