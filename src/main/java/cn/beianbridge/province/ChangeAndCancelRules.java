package cn.beianbridge.province;

/**
 * How a province's bureau takes changes (BGBA) and cancellations (ZXBA) where the interface leaves it open
 * ({@code bridge.rules.change-and-cancel}, merged with the province's own). A value not said anywhere is false, and
 * attachments name their object by the bureau's id.
 *
 * @param changeNeedsPhotoVerification a change needs a new photo verification (photoVerification); intake holds one
 *        without it
 * @param changeNeedsSmsVerification after a change is sent, the applicant must answer MIIT's SMS verification within
 *        the province's {@code sms-verification.hours} (the submission's and review watch's concern)
 * @param changeListsEveryWebsite a change must list every website of the entity, not only those it changes; intake
 *        holds one that leaves out a website the bridge filed for the entity
 * @param changeNeedsFilingPassword a change carries the filing password ({@code ICPmm}); intake holds one without
 *        filingPasswordMd5
 * @param onlyAccessMayBeCancelled the bureau lets a website's only access be cancelled (the site becomes a "shell" the
 *        bureau cleans up later); false: it refuses with 1025. Intake cannot tell (other providers' accesses are not
 *        ours to see): the upload and the console's wording use it
 * @param attachmentOwner how a change's attachment names its entity or website ({@code Fjssdx/Ssdxbs})
 */
public record ChangeAndCancelRules(boolean changeNeedsPhotoVerification, boolean changeNeedsSmsVerification,
		boolean changeListsEveryWebsite, boolean changeNeedsFilingPassword, boolean onlyAccessMayBeCancelled,
		AttachmentOwner attachmentOwner) {

	public ChangeAndCancelRules {
		attachmentOwner = attachmentOwner == null ? AttachmentOwner.BUREAU_ID : attachmentOwner;
	}

	/** {@code Ssdxbs}: the upload schema takes either; a province may want one. */
	public enum AttachmentOwner {

		/** {@code Jlid}: the bureau's id of the entity or website ({@code Ztid}, {@code Wzid}). */
		BUREAU_ID,

		/** {@code Baxh}: the entity's or website's ICP number. */
		ICP_NUMBER

	}

}
