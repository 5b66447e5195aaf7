package cn.beianbridge.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.beianbridge.shared.IcpNumber.LicenceKind;

class IcpNumberTests {

	@Test
	void readsAWebsiteNumberWithATenDigitSerial() {
		IcpNumber number = IcpNumber.parse("浙ICP备2026012345号-1").orElseThrow();

		assertThat(number).isEqualTo(new IcpNumber("浙", LicenceKind.FILING, "2026012345", 1));
		assertThat(number.isWebsiteNumber()).isTrue();
		assertThat(number.entityNumber()).hasToString("浙ICP备2026012345号");
		assertThat(number.entityNumber().isWebsiteNumber()).isFalse();
	}

	@Test
	void readsALicenceNumberWithAnEightDigitSerial() {
		IcpNumber number = IcpNumber.parse("京ICP证08012345号").orElseThrow();

		assertThat(number).isEqualTo(new IcpNumber("京", LicenceKind.LICENCE, "08012345", null));
		assertThat(number.isWebsiteNumber()).isFalse();
		assertThat(number.entityNumber()).isEqualTo(number);
	}

	@Test
	void readsAFilingNumberWithAnEightDigitSerial() {
		IcpNumber number = IcpNumber.parse("蜀ICP备12345678号").orElseThrow();

		assertThat(number.abbreviation()).isEqualTo("蜀");
		assertThat(number.kind()).isEqualTo(LicenceKind.FILING);
		assertThat(number.serial()).isEqualTo("12345678");
		assertThat(number.websiteIndex()).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "浙ICP备2026012345号-1", "京ICP证08012345号", "蜀ICP备12345678号", "京ICP证2008012345号-12",
			"粤ICP备12345678号-104" })
	void writesBackTheCanonicalText(String text) {
		assertThat(IcpNumber.parse(text).orElseThrow()).hasToString(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "浙ICP备123456789号", "浙ICP备1234567号", "浙ICP备12345678901号", "浙ICP备12345678",
			"浙ICP备12345678-1", "浙ICP备12345678号-0", "浙ICP备12345678号-01", "浙ICP备12345678号-", "浙ICP备1234567A号",
			"浙ICP备ABCDEFGH号", "浙京ICP备12345678号", "ICP备12345678号", "ZJICP备12345678号", "浙icp备12345678号",
			"浙ICP案12345678号", " 浙ICP备12345678号", "浙ICP备12345678号 ", "浙ICP备１２３４５６７８号", "浙ICP备12345678号-1-2",
			"浙ICP备12345678号-99999999999", "" })
	void rejectsMalformedNumbers(String text) {
		assertThat(IcpNumber.parse(text)).isEmpty();
	}

	@Test
	void rejectsNull() {
		assertThat(IcpNumber.parse(null)).isEmpty();
	}

	@Test
	void checksTheAbbreviationAgainstTheCallersProvinceAbbreviations() {
		Set<String> sichuan = Set.of("蜀", "川");

		assertThat(IcpNumber.parse("蜀ICP备12345678号").orElseThrow().hasAbbreviationIn(sichuan)).isTrue();
		assertThat(IcpNumber.parse("川ICP备12345678号").orElseThrow().hasAbbreviationIn(sichuan)).isTrue();
		assertThat(IcpNumber.parse("浙ICP备12345678号").orElseThrow().hasAbbreviationIn(sichuan)).isFalse();
	}

	@Test
	void refusesToBuildANumberThatCouldNotBeWritten() {
		assertThatIllegalArgumentException().isThrownBy(() -> new IcpNumber("浙江", LicenceKind.FILING, "12345678", null));
		assertThatIllegalArgumentException().isThrownBy(() -> new IcpNumber("Z", LicenceKind.FILING, "12345678", null));
		assertThatIllegalArgumentException().isThrownBy(() -> new IcpNumber("浙", LicenceKind.FILING, "123456789", null));
		assertThatIllegalArgumentException().isThrownBy(() -> new IcpNumber("浙", LicenceKind.FILING, "12345678", 0));
	}

}
