package cn.beianbridge.province;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.util.unit.DataSize;

/**
 * The rules (管局规则) a filing must pass before it may go to a province's bureau: {@code bridge.rules} for every
 * province, merged with the province's own {@code rules:} block. Entity natures and attachment purposes are spelled
 * as in the filing contract. A limit that is {@code null} is not a rule in this province.
 *
 * @param websiteNameForbiddenWords words a website name may not contain, each for some entity natures
 * @param websiteNameNotOnlyLatinOrDigits a name may not consist only of Latin letters and digits, nor be a domain
 * @param websiteNameNeedsChinese a name must contain at least one Chinese character
 * @param domainCertificateFromDomains from this many domains in a filing each website needs a domain certificate
 * @param maxDomains at most this many domains in one filing
 * @param maxWebsites at most this many websites in one filing, for some entity natures
 * @param minApplicantAge the responsible persons' minimum age on the photo-approval date
 * @param maxIpsPerWebsite at most this many IP addresses per website, all ranges counted
 * @param photoVerificationMustMatchProvince the filing's photo verification must be the province's method
 * @param emergencyContactMobileDistinct the emergency contact's mobile must not be a responsible person's
 * @param gbkEncodableText every text must be writable in GBK, the bureau file's encoding
 * @param attachmentMaxSize the largest attachment per purpose (decoded bytes)
 * @param changeAndCancel what the bureau wants of changes and cancellations
 */
public record ProvinceRules(List<ForbiddenWords> websiteNameForbiddenWords, boolean websiteNameNotOnlyLatinOrDigits,
		boolean websiteNameNeedsChinese, @Nullable Integer domainCertificateFromDomains, @Nullable Integer maxDomains,
		@Nullable WebsiteLimit maxWebsites, @Nullable MinimumAge minApplicantAge, @Nullable Integer maxIpsPerWebsite,
		boolean photoVerificationMustMatchProvince, boolean emergencyContactMobileDistinct, boolean gbkEncodableText,
		Map<String, DataSize> attachmentMaxSize, ChangeAndCancelRules changeAndCancel) {

	public ProvinceRules {
		websiteNameForbiddenWords = List.copyOf(websiteNameForbiddenWords);
		attachmentMaxSize = Map.copyOf(attachmentMaxSize);
		changeAndCancel = changeAndCancel == null
				? new ChangeAndCancelRules(false, false, false, false, false, null) : changeAndCancel;
	}

	/** Which entities a rule applies to: natures listed in {@code natureIn} (all when empty), minus {@code natureNotIn}. */
	public record NatureCondition(List<String> natureIn, List<String> natureNotIn) {

		public static final NatureCondition EVERY_ENTITY = new NatureCondition(List.of(), List.of());

		public NatureCondition {
			natureIn = natureIn == null ? List.of() : List.copyOf(natureIn);
			natureNotIn = natureNotIn == null ? List.of() : List.copyOf(natureNotIn);
		}

		public boolean appliesTo(String entityNature) {
			return (natureIn.isEmpty() || natureIn.contains(entityNature)) && !natureNotIn.contains(entityNature);
		}

		/** For reasons: "every entity", "INDIVIDUAL entities", "entities other than GOVERNMENT, MILITARY". */
		public String describe() {
			if (natureIn.isEmpty() && natureNotIn.isEmpty()) {
				return "every entity";
			}
			String in = natureIn.isEmpty() ? "entities" : String.join(", ", natureIn) + " entities";
			return natureNotIn.isEmpty() ? in : in + " other than " + String.join(", ", natureNotIn);
		}

	}

	public record ForbiddenWords(List<String> words, NatureCondition when) {

		public ForbiddenWords {
			words = words == null ? List.of() : List.copyOf(words);
			when = when == null ? NatureCondition.EVERY_ENTITY : when;
		}

	}

	public record WebsiteLimit(int limit, NatureCondition when) {

		public WebsiteLimit {
			when = when == null ? NatureCondition.EVERY_ENTITY : when;
		}

	}

	public record MinimumAge(int years, NatureCondition when) {

		public MinimumAge {
			when = when == null ? NatureCondition.EVERY_ENTITY : when;
		}

	}

}
