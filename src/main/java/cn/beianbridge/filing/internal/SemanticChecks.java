package cn.beianbridge.filing.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import cn.beianbridge.filing.CancelReasons;

/** The contract rules stated in the schema's descriptions, all run on every filing. */
public final class SemanticChecks {

	private final List<SemanticCheck> checks;

	public SemanticChecks(Map<String, Set<String>> abbreviationsByProvinceCode, CancelReasons cancelReasons) {
		this.checks = List.of(new FilingTypeRequirements(), new PhotoVerificationCheck(),
				new IcpNumberCheck(abbreviationsByProvinceCode), new CertificateNumberCheck(),
				new WebsiteIdCheck(), new IpRangeCheck(), new AttachmentCheck(), new CancelReasonCheck(cancelReasons));
	}

	public void check(JsonNode filing, Violations violations) {
		checks.forEach(check -> check.check(filing, violations));
	}

}
