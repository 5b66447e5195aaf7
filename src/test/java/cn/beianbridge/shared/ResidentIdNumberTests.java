package cn.beianbridge.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumberTests {

	private static final String SYMBOLS = "0123456789X";

	@ParameterizedTest
	@ValueSource(strings = { "11010519491231002X", "440524188001010014", "34052419800101001X" })
	void acceptsTheKnownValidNumbers(String number) {
		assertThat(ResidentIdNumber.isValid(number)).isTrue();
		assertThat(ResidentIdNumber.checkCharacter(number.substring(0, 17))).isEqualTo(number.charAt(17));
	}

	@ParameterizedTest
	@ValueSource(strings = { "11010519491231002X", "440524188001010014", "34052419800101001X" })
	void rejectsEverySingleCharacterSubstitution(String number) {
		List<String> accepted = new ArrayList<>();
		List<String> checksumMissed = new ArrayList<>();
		int tried = 0;
		for (int position = 0; position < number.length(); position++) {
			for (char symbol : SYMBOLS.toCharArray()) {
				if (symbol != number.charAt(position)) {
					String corrupted = number.substring(0, position) + symbol + number.substring(position + 1);
					tried++;
					if (ResidentIdNumber.isValid(corrupted)) {
						accepted.add(corrupted);
					}
					// MOD 11-2 alone must catch it, not just a birth date that happens to break
					if (isDigits(corrupted.substring(0, 17))
							&& ResidentIdNumber.checkCharacter(corrupted.substring(0, 17)) == corrupted.charAt(17)) {
						checksumMissed.add(corrupted);
					}
				}
			}
		}
		assertThat(tried).isEqualTo(18 * 10);
		assertThat(accepted).isEmpty();
		assertThat(checksumMissed).isEmpty();
	}

	private static boolean isDigits(String text) {
		return text.chars().allMatch(Character::isDigit);
	}

	@Test
	void rejectsALowerCaseCheckCharacter() {
		assertThat(ResidentIdNumber.isValid("11010519491231002x")).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "11010519491231002", "11010519491231002X0", "110105491231002" })
	void rejectsWrongLengths(String number) {
		assertThat(ResidentIdNumber.isValid(number)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1101051949123100 X", "11010519491231002Y", "A1010519491231002X", "１1010519491231002X",
			" 11010519491231002X", "11010519491231002X " })
	void rejectsIllegalCharacters(String number) {
		assertThat(ResidentIdNumber.isValid(number)).isFalse();
	}

	@Test
	void rejectsNull() {
		assertThat(ResidentIdNumber.isValid(null)).isFalse();
		assertThat(ResidentIdNumber.birthDate(null)).isEmpty();
	}

	@Test
	void readsTheBirthDate() {
		assertThat(ResidentIdNumber.birthDate("11010519491231002X")).contains(LocalDate.of(1949, 12, 31));
		assertThat(ResidentIdNumber.birthDate("440524188001010014")).contains(LocalDate.of(1880, 1, 1));
	}

	@ParameterizedTest
	@ValueSource(strings = { "19490230", "19491301", "19490001", "19490100", "19000229", "20230229" })
	void rejectsImpossibleBirthDatesEvenWithACorrectCheckCharacter(String birthDate) {
		String first17 = "110105" + birthDate + "002";
		String number = first17 + ResidentIdNumber.checkCharacter(first17);

		assertThat(ResidentIdNumber.isValid(number)).isFalse();
		assertThat(ResidentIdNumber.birthDate(number)).isEmpty();
	}

	@Test
	void acceptsALeapDay() {
		String first17 = "11010520000229002";
		String number = first17 + ResidentIdNumber.checkCharacter(first17);

		assertThat(ResidentIdNumber.birthDate(number)).contains(LocalDate.of(2000, 2, 29));
	}

	@Test
	void givesNoBirthDateForANumberWithAWrongCheckCharacter() {
		assertThat(ResidentIdNumber.birthDate("110105194912310021")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1101051949123100", "110105194912310021", "1101051949123100X" })
	void refusesToComputeACheckCharacterForAnythingButSeventeenDigits(String first17) {
		assertThatIllegalArgumentException().isThrownBy(() -> ResidentIdNumber.checkCharacter(first17))
			.withMessageContaining(first17);
	}

}
