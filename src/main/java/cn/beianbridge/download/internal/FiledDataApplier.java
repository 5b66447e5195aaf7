package cn.beianbridge.download.internal;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.beianbridge.bureau.DownloadDocument.FiledData;
import cn.beianbridge.bureau.DownloadDocument.FiledEntity;
import cn.beianbridge.bureau.DownloadDocument.FiledRecord;
import cn.beianbridge.bureau.DownloadDocument.FiledWebsite;
import cn.beianbridge.filing.ApprovalsAwaitingNumbers;
import cn.beianbridge.filing.BureauNumbers;

/**
 * A BASJ section: the bureau's ids and ICP numbers for what we filed, kept on our filing and website rows (named by
 * IspZtid and IspWzid) for the approval. An approval that came first and waits for these numbers is completed as
 * soon as they are all there. Each record is applied apart ({@link ResultIsolation}).
 */
@Component
class FiledDataApplier {

	private final BureauNumbers numbers;

	private final ApprovalsAwaitingNumbers awaiting;

	private final ResultQuarantine quarantine;

	private final ResultIsolation isolation;

	FiledDataApplier(BureauNumbers numbers, ApprovalsAwaitingNumbers awaiting, ResultQuarantine quarantine,
			ResultIsolation isolation) {
		this.numbers = numbers;
		this.awaiting = awaiting;
		this.quarantine = quarantine;
		this.isolation = isolation;
	}

	void apply(StoredDownload file, FiledData data) {
		for (String unreadable : data.unreadable()) {
			quarantine.put(file, null, null,
					"Unreadable filed data (BASJ) in file " + file.fileName() + ": " + unreadable);
		}
		for (FiledRecord record : data.records()) {
			FiledEntity entity = record.entity();
			String identifier = entity.ispZtid() != null ? String.valueOf(entity.ispZtid()) : "Ztid " + entity.ztid();
			isolation.apply(file, identifier, null, "filed data (BASJ) for " + identifier, () -> apply(file, record));
		}
	}

	private void apply(StoredDownload file, FiledRecord record) {
		Set<Long> filings = new LinkedHashSet<>();
		FiledEntity entity = record.entity();
		// no IspZtid: an entity filed before, or through another provider; its number is not news to us
		if (entity.ispZtid() != null) {
			if (numbers.entityFiled(entity.ispZtid(), entity.ztid(), entity.icpNumber())) {
				filings.add(entity.ispZtid());
			}
			else {
				quarantine.put(file, String.valueOf(entity.ispZtid()), null, "Filed data (BASJ) for entity IspZtid "
						+ entity.ispZtid() + " (" + entity.icpNumber() + "): no filing of ours has this id");
			}
		}
		for (FiledWebsite website : record.websites()) {
			if (website.ispWzid() == null) {
				continue;
			}
			Optional<Long> filing = numbers.filingOfWebsite(website.ispWzid());
			if (filing.isPresent() && numbers.websiteFiled(website.ispWzid(), website.wzid(), website.icpNumber())) {
				filings.add(filing.get());
			}
			else {
				quarantine.put(file, String.valueOf(website.ispWzid()), null, "Filed data (BASJ) for website IspWzid "
						+ website.ispWzid() + " (" + website.icpNumber() + "): no website of ours has this id");
			}
		}
		filings.forEach(filingId -> awaiting.completeWithFiledNumbers(filingId, "BASJ in " + file.fileName()));
	}

}
