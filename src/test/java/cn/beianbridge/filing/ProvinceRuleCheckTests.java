package cn.beianbridge.filing;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cn.beianbridge.province.ConfiguredProvinces;
import cn.beianbridge.province.Province;
import cn.beianbridge.province.ProvinceCatalogue;
import cn.beianbridge.support.FilingJson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;

/** The province rules of config/provinces.yml, a passing and a failing row per rule and per province-specific limit. */
class ProvinceRuleCheckTests {

	private static final ProvinceCatalogue CATALOGUE = ConfiguredProvinces.catalogue();

	private final ProvinceRuleCheck check = new ProvinceRuleCheck(CATALOGUE);

	static Stream<Arguments> rows() {
		return Stream.of(
				// website name: forbidden words
				fails("company says 中国", aFiling().inProvince("11").websiteName("中国示例在线"), "website-name-forbidden-word", "$.websites[0].name"),
				passes("a government body may say 中国", aFiling().inProvince("11").by("GOVERNMENT").websiteName("中国示例在线")),
				fails("personal site says 博客", aFiling().inProvince("11").personal().websiteName("张三的博客"), "website-name-forbidden-word", "$.websites[0].name"),
				fails("personal site says 商城 (and similar)", aFiling().inProvince("11").personal().websiteName("张三的商城"), "website-name-forbidden-word", "$.websites[0].name"),
				passes("a company may run a 博客", aFiling().inProvince("11").websiteName("示例科技博客")),
				passes("a personal site without those words", aFiling().inProvince("11").personal().websiteName("张三的个人主页")),
				fails("Shanghai: no 论坛 even for a company", aFiling().inProvince("31").websiteName("示例论坛"), "website-name-forbidden-word", "$.websites[0].name"),
				passes("Beijing: a company may run a 论坛", aFiling().inProvince("11").websiteName("示例论坛")),
				// website name: only Latin letters, digits or a domain
				fails("name only Latin letters and digits", aFiling().inProvince("11").websiteName("Example123"), "website-name-latin-only", "$.websites[0].name"),
				fails("name is the domain", aFiling().inProvince("11").websiteName("example.cn"), "website-name-latin-only", "$.websites[0].name"),
				fails("name in full-width Latin letters", aFiling().inProvince("11").websiteName("ＥＸＡＭＰＬＥ"), "website-name-latin-only", "$.websites[0].name"),
				passes("Latin letters with Chinese", aFiling().inProvince("11").websiteName("Example示例")),
				// Shanghai: no all-English names
				fails("Shanghai: all-English name", aFiling().inProvince("31").websiteName("Café Paris"), List.of("website-name-latin-only", "website-name-not-chinese")),
				passes("Shanghai: English with Chinese", aFiling().inProvince("31").websiteName("Café Paris 巴黎咖啡")),
				// domain certificate
				fails("Jiangsu: one domain without a certificate", aFiling().inProvince("32"), "domain-certificate-required", "$.websites[0].domains"),
				passes("Jiangsu: one domain with its certificate", aFiling().inProvince("32").withDomainCertificates()),
				passes("Henan: 3 domains need no certificate", aFiling().inProvince("41").domains("a.cn", "b.cn", "c.cn")),
				fails("Henan: 4 domains without a certificate", aFiling().inProvince("41").domains("a.cn", "b.cn", "c.cn", "d.cn"), "domain-certificate-required", "$.websites[0].domains"),
				passes("Henan: 4 domains with a certificate", aFiling().inProvince("41").domains("a.cn", "b.cn", "c.cn", "d.cn").withDomainCertificates()),
				// domains and websites per submission
				passes("Hubei: one domain", aFiling().inProvince("42")),
				fails("Hubei: two domains of one website", aFiling().inProvince("42").domains("a.cn", "b.cn"), "max-domains", "$.websites"),
				fails("Hubei: two websites of a domain each", aFiling().inProvince("42").anotherWebsite("示例商城", "b.cn"), "max-domains", "$.websites"),
				passes("Hubei: the same domain twice counts once", aFiling().inProvince("42").domains("a.cn", "A.CN")),
				fails("Hunan: a company files two websites", aFiling().inProvince("43").anotherWebsite("示例商城", "b.cn"), "max-websites", "$.websites"),
				passes("Hunan: a person files two websites", aFiling().inProvince("43").personal().websiteName("张三的主页").anotherWebsite("张三的相册", "b.cn")),
				passes("Zhejiang: a company files two websites", aFiling().inProvince("33").anotherWebsite("示例商城", "b.cn")),
				// applicant age, on the photo-approval date in China
				fails("Zhejiang: personal applicant 17 years 364 days", aFiling().inProvince("33").personal().applicantBornOn("2008-11-28"), "min-applicant-age", "$.entity.certificate.number"),
				passes("Zhejiang: personal applicant 18 today", aFiling().inProvince("33").personal().applicantBornOn("2008-11-27")),
				passes("Zhejiang: 18 in China although the UTC date is the day before", aFiling().inProvince("33").personal().applicantBornOn("2008-11-28").photoApprovedAt("2026-11-27T17:00:00Z")),
				passes("Zhejiang: a company's responsible person 17 years 364 days", aFiling().inProvince("33").applicantBornOn("2008-11-28")),
				fails("Hunan: a company's responsible person 17 years 364 days", aFiling().inProvince("43").applicantBornOn("2008-11-28"), "min-applicant-age", "$.entity.responsiblePerson.certificate.number"),
				fails("Sichuan: 17", aFiling().inProvince("51").personal().applicantBornOn("2009-01-01"), "min-applicant-age", "$.entity.certificate.number"),
				fails("Tianjin: 17", aFiling().inProvince("12").applicantBornOn("2009-01-01"), "min-applicant-age", "$.entity.responsiblePerson.certificate.number"),
				fails("Henan: 17", aFiling().inProvince("41").applicantBornOn("2009-01-01"), "min-applicant-age", "$.entity.responsiblePerson.certificate.number"),
				passes("Beijing: no minimum age", aFiling().inProvince("11").personal().applicantBornOn("2009-01-01")),
				// IP addresses per website
				passes("Tianjin: one IP", aFiling().inProvince("12")),
				fails("Tianjin: a range of two IPs", aFiling().inProvince("12").ipRanges("1.2.3.4", "1.2.3.5"), "max-ips-per-website", "$.websites[0].access.ipRanges"),
				fails("Tianjin: two ranges of one IP", aFiling().inProvince("12").ipRanges("1.2.3.4", "1.2.3.4", "5.6.7.8", "5.6.7.8"), "max-ips-per-website", "$.websites[0].access.ipRanges"),
				passes("Beijing: a range of 256 IPs", aFiling().inProvince("11").ipRanges("1.2.3.0", "1.2.3.255")),
				// photo verification
				passes("Shanghai: app collection code", aFiling().inProvince("31")),
				fails("Shanghai: backdrop photo", aFiling().inProvince("31").verifiedByBackdropPhoto(), "photo-verification-method", "$.photoVerification.method"),
				fails("Shanghai: app without its collection code", aFiling().inProvince("31").verifiedInApp(" "), "photo-verification-method", "$.photoVerification.collectionCode"),
				fails("Zhejiang: the Shanghai app's code instead of a photo", aFiling().inProvince("33").verifiedInApp("SH1"), "photo-verification-method", "$.photoVerification.method"),
				// attachment sizes
				passes("verification form of exactly 150 KB", aFiling().withAttachment("VERIFICATION_FORM", 150 * 1024)),
				fails("verification form of 150 KB and a byte", aFiling().withAttachment("VERIFICATION_FORM", 150 * 1024 + 1), "attachment-too-large", "$.attachments[2].contentBase64"),
				fails("site photo of 100 KB and a byte", aFiling().withAttachment("SITE_PHOTO", 100 * 1024 + 1), "attachment-too-large", "$.attachments[2].contentBase64"),
				passes("entity certificate has no limit of its own", aFiling().withAttachment("ENTITY_CERTIFICATE", 500 * 1024)),
				// emergency contact
				fails("emergency contact uses the responsible person's mobile", aFiling().emergencyMobile("13800000001"), "emergency-contact-mobile", "$.emergencyContact.mobile"),
				fails("emergency contact uses the website person's mobile", aFiling().emergencyMobile("13700000002"), "emergency-contact-mobile", "$.emergencyContact.mobile"),
				// GBK
				fails("an emoji in the remarks", aFiling().websiteRemarks("欢迎光临😀"), "gbk-unencodable", "$.websites[0].remarks"),
				fails("a hanzi beyond GBK in the address", aFiling().entityAddress("杭州市𠮷祥路1号"), "gbk-unencodable", "$.entity.address"),
				passes("ordinary Chinese, Latin and the middle dot", aFiling().websiteRemarks("示例 Example · 欢迎")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rows")
	void rule(String row, FilingJson filing, List<String> codes, String field) {
		List<Reason> reasons = check.check(filing.document());

		assertThat(reasons).extracting(Reason::code).containsExactlyElementsOf(codes);
		if (field != null) {
			assertThat(reasons).extracting(Reason::field).containsOnly(field);
		}
		assertThat(reasons).allSatisfy(reason -> assertThat(reason.text()).isNotBlank());
	}

	@ParameterizedTest(name = "province {0}")
	@MethodSource("provinceCodes")
	void aCompleteFilingPassesInEveryProvince(String code) {
		assertThat(check.check(aFiling().inProvince(code).withDomainCertificates().document())).isEmpty();
	}

	static Stream<String> provinceCodes() {
		return CATALOGUE.all().stream().map(Province::code);
	}

	@Test
	void theReasonSaysWhatIsWrongWhereAndTheLimit() {
		assertThat(check.check(aFiling().inProvince("31").websiteName("示例论坛").document()))
			.singleElement()
			.satisfies(reason -> assertThat(reason.text()).contains("论坛", "Shanghai (沪)", "does not allow")
				.doesNotContain("示例"));
		assertThat(check.check(aFiling().inProvince("12").ipRanges("1.2.3.4", "1.2.3.5").document()))
			.singleElement()
			.satisfies(reason -> assertThat(reason.text()).contains("2 IP addresses", "Tianjin (津)", "at most 1"));
		assertThat(check.check(aFiling().inProvince("33").personal().applicantBornOn("2008-11-28").document()))
			.singleElement()
			.satisfies(reason -> assertThat(reason.text()).contains("is 17", "2026-11-27", "at least 18",
					"Zhejiang (浙)", "INDIVIDUAL").doesNotContain("2008"));
		assertThat(check.check(aFiling().websiteRemarks("欢迎😀").document()))
			.singleElement()
			.satisfies(reason -> assertThat(reason.text()).contains("U+1F600", "GBK"));
	}

	/** Reasons are logged and sent to the console: they name the field and the rule, never the person's data. */
	@Test
	void theReasonNamesNoPersonalValue() {
		assertThat(check.check(aFiling().inProvince("44").emergencyMobile("13800000001").document()))
			.singleElement()
			.satisfies(reason -> assertThat(reason.text()).contains("mobile", "Guangdong (粤)")
				.doesNotContain("13800000001"));
		assertThat(check.check(aFiling().entityAddress("南京市中山路𪚥号").document()))
			.singleElement()
			.satisfies(reason -> assertThat(reason.text()).contains("U+2A6A5", "GBK").doesNotContain("中山路"));
		assertThat(check.check(aFiling().inProvince("12").ipRanges("1.2.3.4", "1.2.3.5").document()))
			.singleElement()
			.satisfies(reason -> assertThat(reason.text()).contains("w1").doesNotContain("示例"));
	}

	@Test
	void oneReasonPerBrokenOccurrence() {
		FilingDocument twoBadNames = aFiling().inProvince("31").websiteName("中国论坛").anotherWebsite("Forum", "b.cn").document();

		assertThat(check.check(twoBadNames)).extracting(Reason::field, Reason::code)
			.containsExactly(tuple("$.websites[0].name", "website-name-forbidden-word"),
					tuple("$.websites[0].name", "website-name-forbidden-word"),
					tuple("$.websites[1].name", "website-name-latin-only"),
					tuple("$.websites[1].name", "website-name-not-chinese"));
	}

	@Test
	void aMisspeltNatureInTheRulesStopsStartUp() {
		ProvinceCatalogue misspelt = ConfiguredProvinces.read(ConfiguredProvinces.text(),
				Map.of("bridge.provinces.33.rules.min-applicant-age.when.nature-in", "INDIVIDAUL"));

		assertThatIllegalStateException().isThrownBy(() -> new ProvinceRuleCheck(misspelt))
			.withMessageContaining("bridge.provinces.33 (Zhejiang): rule min-applicant-age (nature-in): INDIVIDAUL");
	}

	/**
	 * A filing that passes every rule of its province, for a row to break one: verified in person the province's way,
	 * the photo approved on a fixed day, as the ages are counted to it.
	 */
	private static FilingJson aFiling() {
		return FilingJson.aFirstFiling().verifiedTheProvincesWay().photoApprovedAt("2026-11-27T15:04:05+08:00");
	}

	private static Arguments passes(String row, FilingJson filing) {
		return Arguments.of(row, filing, List.of(), null);
	}

	private static Arguments fails(String row, FilingJson filing, String code, String field) {
		return Arguments.of(row, filing, List.of(code), field);
	}

	private static Arguments fails(String row, FilingJson filing, List<String> codes) {
		return Arguments.of(row, filing, codes, null);
	}

}
