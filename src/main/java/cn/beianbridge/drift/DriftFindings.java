package cn.beianbridge.drift;

import java.util.List;
import java.util.Map;

/** The drift check's findings, for the operations console. */
public interface DriftFindings {

	/** Open findings, the province's (or every province's, for null) oldest first. */
	List<DriftFinding> open(String province, int limit);

	/** Open findings per province code. */
	Map<String, Long> openByProvince();

	/** Every finding of a domain, cleared ones too, oldest first. */
	List<DriftFinding> ofDomain(String domain);

}
