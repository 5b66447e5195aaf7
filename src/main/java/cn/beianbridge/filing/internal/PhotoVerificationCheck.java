package cn.beianbridge.filing.internal;

import com.fasterxml.jackson.databind.JsonNode;

/** Shanghai's app verification yields a collection code instead of a photo; without it nothing is verified. */
final class PhotoVerificationCheck implements SemanticCheck {

	@Override
	public void check(JsonNode filing, Violations violations) {
		JsonNode verification = filing.path("photoVerification");
		if (!"APP_COLLECTION_CODE".equals(verification.path("method").textValue())) {
			return;
		}
		JsonNode code = verification.get("collectionCode");
		if (code == null || (code.isTextual() && code.textValue().isBlank())) {
			violations.add(Violations.ROOT.append("photoVerification").append("collectionCode"),
					"Required when the method is APP_COLLECTION_CODE: the collection code (采集码) "
							+ "from the bureau's verification app.");
		}
	}

}
