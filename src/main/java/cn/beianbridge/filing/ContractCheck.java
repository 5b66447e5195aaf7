package cn.beianbridge.filing;

import java.util.List;

/**
 * The outcome of checking one filing against the contract.
 *
 * @param document the filing, only when there are no errors; otherwise null
 * @param errors every violation found, each with code {@code CONTRACT} and a JSON path such as
 * {@code $.websites[0].domains[1]}
 * @param consoleFilingId read from the raw JSON even when it is invalid, so a rejection can still be reported to
 * the console; null when absent or not a string
 * @param province likewise, the province code as given; null when absent or not a string
 */
public record ContractCheck(FilingDocument document, List<Reason> errors, String consoleFilingId, String province) {

	public ContractCheck {
		errors = List.copyOf(errors);
		if (errors.isEmpty() == (document == null)) {
			throw new IllegalArgumentException("a check has either a document or errors, never both or neither");
		}
	}

	public boolean valid() {
		return errors.isEmpty();
	}

}
