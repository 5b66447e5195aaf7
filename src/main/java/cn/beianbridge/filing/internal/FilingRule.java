package cn.beianbridge.filing.internal;

import java.util.List;

import cn.beianbridge.filing.FilingDocument;
import cn.beianbridge.filing.Reason;
import cn.beianbridge.province.Province;

/** One province rule: a reason for every place the filing breaks it, none when the province has no such rule. */
public interface FilingRule {

	List<Reason> check(FilingDocument filing, Province province);

	/** The entity nature as the rules spell it; empty when the filing has none (the contract check reports that). */
	static String entityNature(FilingDocument filing) {
		return filing.entity() == null || filing.entity().nature() == null ? "" : filing.entity().nature().name();
	}

	static String websitePath(int index) {
		return "$.websites[" + index + "]";
	}

}
