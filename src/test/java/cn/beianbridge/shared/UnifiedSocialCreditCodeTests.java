package cn.beianbridge.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTests {

	private static final String SYMBOLS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	@ParameterizedTest
	@ValueSource(strings = { "91350100M000100Y43", "91110000802100433B", "91330100716105852F", "9144030071526726XG" })
	void acceptsTheKnownValidCodes(String code) {
		assertThat(UnifiedSocialCreditCode.isValid(code)).isTrue();
		assertThat(UnifiedSocialCreditCode.checkCharacter(code.substring(0, 17))).isEqualTo(code.charAt(17));
	}

	@ParameterizedTest
	@ValueSource(strings = { "91350100M000100Y43", "91110000802100433B", "91330100716105852F", "9144030071526726XG" })
	void rejectsEverySingleSymbolSubstitution(String code) {
		List<String> accepted = new ArrayList<>();
		int tried = 0;
		for (int position = 0; position < code.length(); position++) {
			for (char symbol : SYMBOLS.toCharArray()) {
				if (symbol != code.charAt(position)) {
					String corrupted = code.substring(0, position) + symbol + code.substring(position + 1);
					tried++;
					if (UnifiedSocialCreditCode.isValid(corrupted)) {
						accepted.add(corrupted);
					}
				}
			}
		}
		assertThat(tried).isEqualTo(18 * 30);
		assertThat(accepted).isEmpty();
	}

	@Test
	void mapsASumDivisibleByThirtyOneToTheCheckCharacterZero() {
		// 17 zeros weigh nothing: 31 - 0 would be 31, which the standard writes as 0
		assertThat(UnifiedSocialCreditCode.checkCharacter("00000000000000000")).isEqualTo('0');
		assertThat(UnifiedSocialCreditCode.isValid("000000000000000000")).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "91350100M000100Y4", "91350100M000100Y430" })
	void rejectsWrongLengths(String code) {
		assertThat(UnifiedSocialCreditCode.isValid(code)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "91350100m000100Y43", "91350100M000100y43", "91350100I000100Y43", "91350100O000100Y43",
			"91350100S000100Y43", "91350100V000100Y43", "91350100Z000100Y43", "91350100-000100Y43",
			"91350100M000100Y4 " })
	void rejectsSymbolsOutsideTheAlphabet(String code) {
		assertThat(UnifiedSocialCreditCode.isValid(code)).isFalse();
	}

	@Test
	void rejectsNull() {
		assertThat(UnifiedSocialCreditCode.isValid(null)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "91350100M000100Y", "91350100M000100Y43", "91350100I000100Y4" })
	void refusesToComputeACheckCharacterForAnythingButSeventeenSymbols(String first17) {
		assertThatIllegalArgumentException().isThrownBy(() -> UnifiedSocialCreditCode.checkCharacter(first17))
			.withMessageContaining(first17);
	}

}
