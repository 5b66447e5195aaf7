package cn.beianbridge.filing.internal;

import java.util.ArrayList;
import java.util.List;

import cn.beianbridge.filing.FilingDocument;
import cn.beianbridge.filing.FilingDocument.PhotoVerification;
import cn.beianbridge.filing.FilingDocument.PhotoVerificationMethod;
import cn.beianbridge.filing.Reason;
import cn.beianbridge.province.Province;

/**
 * The applicant must have been verified the province's way: a backdrop photo, or in Shanghai the bureau's app,
 * whose collection code then replaces the photo and must be given.
 */
public final class PhotoVerificationRule implements FilingRule {

	@Override
	public List<Reason> check(FilingDocument filing, Province province) {
		PhotoVerification verification = filing.photoVerification();
		if (!province.rules().photoVerificationMustMatchProvince() || verification == null || verification.method() == null) {
			return List.of();
		}
		List<Reason> reasons = new ArrayList<>();
		if (!verification.method().name().equals(province.photoVerification())) {
			reasons.add(Reason.of("photo-verification-method", "$.photoVerification.method", "Photo verification by "
					+ verification.method() + ", but " + province.displayName() + " verifies applicants by "
					+ province.photoVerification()));
		}
		else if (verification.method() == PhotoVerificationMethod.APP_COLLECTION_CODE
				&& (verification.collectionCode() == null || verification.collectionCode().isBlank())) {
			reasons.add(Reason.of("photo-verification-method", "$.photoVerification.collectionCode",
					"Photo verification by APP_COLLECTION_CODE without the collection code (采集码), which "
							+ province.displayName() + " needs in place of the photo"));
		}
		return reasons;
	}

}
