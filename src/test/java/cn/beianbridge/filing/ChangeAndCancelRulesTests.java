package cn.beianbridge.filing;

import static cn.beianbridge.support.FilingJson.aChange;
import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.beianbridge.province.ChangeAndCancelRules;
import cn.beianbridge.province.ChangeAndCancelRules.AttachmentOwner;
import cn.beianbridge.province.ConfiguredProvinces;
import cn.beianbridge.province.ProvinceCatalogue;

/**
 * The change and cancel rules of config/provinces.yml: the defaults every province gets, a province's own values, a
 * misspelt one stopping start-up, and intake's checks each way.
 */
class ChangeAndCancelRulesTests {

	private static final ProvinceCatalogue CONFIGURED = ConfiguredProvinces.catalogue();

	/** Shanghai takes a change without a new photo or the password and names attachments by ICP number. */
	private static final ProvinceCatalogue SHANGHAI_LENIENT = ConfiguredProvinces.read(ConfiguredProvinces.text(),
			Map.of("bridge.provinces.31.rules.change-and-cancel.change-needs-photo-verification", "false",
					"bridge.provinces.31.rules.change-and-cancel.change-needs-filing-password", "false",
					"bridge.provinces.31.rules.change-and-cancel.only-access-may-be-cancelled", "true",
					"bridge.provinces.31.rules.change-and-cancel.attachment-owner", "icp_number"));

	@Test
	void everyProvinceHasTheDefaults() {
		assertThat(CONFIGURED.all()).extracting(province -> province.rules().changeAndCancel())
			.containsOnly(new ChangeAndCancelRules(true, true, false, true, false, AttachmentOwner.BUREAU_ID));
	}

	@Test
	void aProvinceReplacesSingleValues() {
		assertThat(SHANGHAI_LENIENT.get("31").rules().changeAndCancel())
			.isEqualTo(new ChangeAndCancelRules(false, true, false, false, true, AttachmentOwner.ICP_NUMBER));
		assertThat(SHANGHAI_LENIENT.get("33").rules().changeAndCancel())
			.isEqualTo(CONFIGURED.get("33").rules().changeAndCancel());
	}

	@Test
	void aMisspeltAttachmentOwnerStopsStartUpNamingIt() {
		assertThatIllegalStateException()
			.isThrownBy(() -> ConfiguredProvinces.read(ConfiguredProvinces.text(),
					Map.of("bridge.provinces.44.rules.change-and-cancel.attachment-owner", "JLID")))
			.withMessageContaining("bridge.provinces.44.rules.change-and-cancel.attachment-owner: JLID is not one of "
					+ "[BUREAU_ID, ICP_NUMBER]");
	}

	@Test
	void aChangeWithoutPhotoOrPasswordIsHeldWhereTheProvinceWantsThem() {
		FilingDocument change = withoutPhotoAndPassword("31");

		assertThat(new ProvinceRuleCheck(CONFIGURED).check(change)).extracting(Reason::code, Reason::field)
			.containsExactly(tuple("change-photo-verification", "$.photoVerification"),
					tuple("change-filing-password", "$.filingPasswordMd5"));
	}

	@Test
	void aChangeWithoutPhotoOrPasswordPassesWhereTheProvinceDoesNotWantThem() {
		assertThat(new ProvinceRuleCheck(SHANGHAI_LENIENT).check(withoutPhotoAndPassword("31"))).isEmpty();
		assertThat(new ProvinceRuleCheck(SHANGHAI_LENIENT).check(withoutPhotoAndPassword("33")))
			.extracting(Reason::field).containsExactly("$.photoVerification", "$.filingPasswordMd5");
	}

	@Test
	void aChangeWithBothPassesAndOtherTypesAreNotConcerned() {
		assertThat(new ProvinceRuleCheck(CONFIGURED).check(aChange().document())).isEmpty();
		FilingDocument first = aFirstFiling().document();
		FilingDocument withoutPassword = new FilingDocument(first.consoleFilingId(), first.filingType(),
				first.province(), first.photoApprovedAt(), first.photoVerification(), null, first.entity(),
				first.emergencyContact(), first.websites(), first.attachments());
		assertThat(new ProvinceRuleCheck(CONFIGURED).check(withoutPassword)).isEmpty();
	}

	private static FilingDocument withoutPhotoAndPassword(String province) {
		FilingDocument change = aChange().inProvince(province).verifiedTheProvincesWay().document();
		return new FilingDocument(change.consoleFilingId(), change.filingType(), change.province(), null, null, null,
				change.entity(), change.emergencyContact(), change.websites(), change.attachments());
	}

}
