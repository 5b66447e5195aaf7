package cn.beianbridge.download.internal;

import org.springframework.stereotype.Component;

import cn.beianbridge.bureau.DownloadDocument.FiledData;
import cn.beianbridge.bureau.DownloadDocument.FiledEntity;
import cn.beianbridge.bureau.DownloadDocument.FiledRecord;
import cn.beianbridge.bureau.DownloadDocument.FiledWebsite;
import cn.beianbridge.filing.BureauNumbers;

/**
 * A BASJ file: the bureau's ids and ICP numbers for what we filed, kept on our filing and website rows (named by
 * IspZtid and IspWzid) for the approval that follows in a BAJG file.
 */
@Component
class FiledDataApplier {

	private final BureauNumbers numbers;

	private final ResultQuarantine quarantine;

	FiledDataApplier(BureauNumbers numbers, ResultQuarantine quarantine) {
		this.numbers = numbers;
		this.quarantine = quarantine;
	}

	void apply(StoredDownload file, FiledData data) {
		for (FiledRecord record : data.records()) {
			FiledEntity entity = record.entity();
			// no IspZtid: an entity filed before, or through another provider; its number is not news to us
			if (entity != null && entity.ispZtid() != null
					&& !numbers.entityFiled(entity.ispZtid(), entity.ztid(), entity.icpNumber())) {
				quarantine.put(file, String.valueOf(entity.ispZtid()), null, "Filed data (BASJ) for entity IspZtid "
						+ entity.ispZtid() + " (" + entity.icpNumber() + "): no filing of ours has this id");
			}
			for (FiledWebsite website : record.websites()) {
				if (website.ispWzid() != null
						&& !numbers.websiteFiled(website.ispWzid(), website.wzid(), website.icpNumber())) {
					quarantine.put(file, String.valueOf(website.ispWzid()), null, "Filed data (BASJ) for website IspWzid "
							+ website.ispWzid() + " (" + website.icpNumber() + "): no website of ours has this id");
				}
			}
		}
	}

}
