package cn.beianbridge.filing;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import cn.beianbridge.filing.internal.FilingDocumentReader;
import cn.beianbridge.filing.internal.FilingSchema;
import cn.beianbridge.filing.internal.SemanticChecks;
import cn.beianbridge.filing.internal.Violations;

/**
 * Checks one filing from the console against contracts/filing.schema.json and the rules its descriptions state
 * (what each filing type requires, ICP numbers, attachments, certificate check characters...). Every violation is
 * reported, not only the first. Thread-safe: build one and share it, since loading the schema is costly.
 */
public class FilingContract {

	private final FilingSchema schema = new FilingSchema();

	private final SemanticChecks semanticChecks;

	private final FilingDocumentReader reader = new FilingDocumentReader();

	/**
	 * @param abbreviationsByProvinceCode from the province catalogue, e.g. "51" → {蜀, 川}: the abbreviations an
	 * ICP number of a filing in that province may start with
	 * @param cancelReasons the bureau's cancel-reason table a CANCEL's reasonCode must be a valid entry of
	 */
	public FilingContract(Map<String, Set<String>> abbreviationsByProvinceCode, CancelReasons cancelReasons) {
		this.semanticChecks = new SemanticChecks(abbreviationsByProvinceCode, cancelReasons);
	}

	/** Without a cancel-reason table: every CANCEL is refused naming its reasonCode. */
	public FilingContract(Map<String, Set<String>> abbreviationsByProvinceCode) {
		this(abbreviationsByProvinceCode, CancelReasons.NONE);
	}

	/** Checks the raw bytes of one filing (JSON, normally UTF-8). */
	public ContractCheck check(byte[] json) {
		JsonNode node;
		try {
			node = reader.readTree(json);
		}
		catch (JsonProcessingException ex) {
			return rejected("The filing is not valid JSON: " + ex.getOriginalMessage() + locationOf(ex)
					+ ". Expected one JSON object.");
		}
		catch (IOException ex) {
			return rejected("The filing could not be read: " + ex.getMessage() + ". Expected one JSON object.");
		}
		return check(node);
	}

	/** Checks one filing already parsed, e.g. an item of a page from the console. */
	public ContractCheck check(JsonNode filing) {
		if (filing == null || filing.isMissingNode()) {
			return rejected("The filing is empty. Expected one JSON object.");
		}
		if (!filing.isObject()) {
			return rejected("The filing is a JSON " + filing.getNodeType().name().toLowerCase()
					+ ", not an object. Expected one JSON object.");
		}
		Violations violations = new Violations();
		schema.check(filing, violations);
		semanticChecks.check(filing, violations);
		FilingDocument document = violations.isEmpty() ? reader.toDocument(filing, violations) : null;
		return new ContractCheck(document, violations.reasons(), textOrNull(filing.get("consoleFilingId")),
				textOrNull(filing.get("province")));
	}

	private static ContractCheck rejected(String text) {
		return new ContractCheck(null, List.of(Violations.reason(Violations.ROOT, text)), null, null);
	}

	private static String locationOf(JsonProcessingException ex) {
		return ex.getLocation() == null ? ""
				: " (line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() + ")";
	}

	private static String textOrNull(JsonNode node) {
		return node != null && node.isTextual() ? node.textValue() : null;
	}

}
