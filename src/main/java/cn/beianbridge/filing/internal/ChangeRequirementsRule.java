package cn.beianbridge.filing.internal;

import java.util.ArrayList;
import java.util.List;

import cn.beianbridge.filing.FilingDocument;
import cn.beianbridge.filing.FilingType;
import cn.beianbridge.filing.Reason;
import cn.beianbridge.province.ChangeAndCancelRules;
import cn.beianbridge.province.Province;

/**
 * What a province wants of a change that the contract leaves optional: a new photo verification, the filing password
 * ({@code bridge.rules.change-and-cancel}). Whether every website is listed needs the filed websites:
 * {@link ChangeListsEveryWebsiteRule}.
 */
public final class ChangeRequirementsRule implements FilingRule {

	@Override
	public List<Reason> check(FilingDocument filing, Province province) {
		if (filing.filingType() != FilingType.CHANGE) {
			return List.of();
		}
		ChangeAndCancelRules rules = province.rules().changeAndCancel();
		List<Reason> reasons = new ArrayList<>();
		if (rules.changeNeedsPhotoVerification() && filing.photoVerification() == null) {
			reasons.add(Reason.of("change-photo-verification", "$.photoVerification", province.displayName()
					+ " wants a new photo verification for every change: verify the applicant again and send "
					+ "photoVerification and photoApprovedAt"));
		}
		if (rules.changeNeedsFilingPassword() && filing.filingPasswordMd5() == null) {
			reasons.add(Reason.of("change-filing-password", "$.filingPasswordMd5", province.displayName()
					+ " wants the entity's filing password with every change: send its MD5 as filingPasswordMd5"));
		}
		return reasons;
	}

}
