package cn.beianbridge.download.internal;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies one result of a file behind a savepoint: a result that throws is rolled back alone and quarantined with
 * the exception's message, and the rest of the file is applied. Without this, one bad result failed the file, the
 * file failed again at every run, and no file behind it was ever fetched.
 */
@Component
class ResultIsolation {

	private final TransactionTemplate savepoint;

	private final ResultQuarantine quarantine;

	ResultIsolation(PlatformTransactionManager transactions, ResultQuarantine quarantine) {
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.quarantine = quarantine;
	}

	/**
	 * @param what the result as an operator reads it: {@code result 1001 for IspZtid 42}
	 * @return false when the work threw (and the result is quarantined)
	 */
	boolean apply(StoredDownload file, String identifier, String code, String what, Runnable work) {
		try {
			savepoint.executeWithoutResult(status -> work.run());
			return true;
		}
		catch (RuntimeException ex) {
			// the innermost cause says it plainest ("Data too long for column ..."), the outer one where it broke
			Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
			quarantine.put(file, identifier, code, "Could not apply %s: %s: %s".formatted(what,
					ex.getClass().getSimpleName(), cause == ex ? ex.getMessage()
							: cause.getClass().getSimpleName() + ": " + cause.getMessage()));
			return false;
		}
	}

}
