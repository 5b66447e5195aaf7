package cn.beianbridge.collection.internal;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.IntakeResult;
import cn.beianbridge.filing.IntakeSource;

/**
 * Stores a page of console filings. The whole page goes in one transaction with a handful of statements
 * ({@link FilingIntake#acceptPage}); if that fails, each filing is retried in its own, so one bad row or one race
 * with a concurrent push never blocks the rest.
 */
@Component
class PageIntake {

	private static final Logger log = LoggerFactory.getLogger(PageIntake.class);

	private final FilingIntake intake;

	private final RetryingIntake retrying;

	PageIntake(FilingIntake intake, RetryingIntake retrying) {
		this.intake = intake;
		this.retrying = retrying;
	}

	List<IntakeResult> store(List<byte[]> items, IntakeSource source, String sourceRef) {
		try {
			return intake.acceptPage(items, source, sourceRef);
		}
		catch (DataIntegrityViolationException | FilingIntake.AlreadyStoredConcurrently pageFailed) {
			log.warn("Page {} could not be stored in one transaction ({}); storing its filings one by one", sourceRef,
					pageFailed.getMessage());
			List<IntakeResult> results = new ArrayList<>(items.size());
			for (byte[] item : items) {
				results.add(alone(item, source, sourceRef));
			}
			return results;
		}
	}

	private IntakeResult alone(byte[] item, IntakeSource source, String sourceRef) {
		try {
			return retrying.accept(item, source, sourceRef);
		}
		catch (DataIntegrityViolationException unstorable) {
			// Valid by the contract yet refused by the database: keep it visibly instead of blocking the page.
			return retrying.rejectUnstorable(item, source, sourceRef, unstorable.getMostSpecificCause().getMessage());
		}
	}

}
