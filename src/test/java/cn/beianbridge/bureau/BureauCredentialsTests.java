package cn.beianbridge.bureau;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.beianbridge.bureau.BureauCredentials.CallAuthentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BureauCredentialsTests {

	private static final String RAND_VAL = "A1b2C3d4E5f6G7h8I9j0";

	@Test
	void pwdHashIsBase64OfTheMd5OfTheGbkBytesOfPasswordAndRandVal() {
		// Computed outside Java: printf '%s' '备案密码Abc123A1b2C3d4E5f6G7h8I9j0' | iconv -f UTF-8 -t GBK
		//   | md5sum | cut -d' ' -f1 | xxd -r -p | base64
		assertThat(BureauCredentials.pwdHash("备案密码Abc123", RAND_VAL)).isEqualTo("8coCMbbMbWBOcZKT342Fgw==");
		// The same text hashed as UTF-8 (the mistake this guards against) gives T41Mpd2xTRJDiCXV7lADWQ==.
		assertThat(BureauCredentials.pwdHash("备案密码Abc123", RAND_VAL)).isNotEqualTo("T41Mpd2xTRJDiCXV7lADWQ==");
		// printf '%s' 'secretA1b2C3d4E5f6G7h8I9j0' | iconv -t GBK | md5sum | cut -d' ' -f1 | xxd -r -p | base64
		assertThat(BureauCredentials.pwdHash("secret", RAND_VAL)).isEqualTo("gnCFftXO7hU3SO2rZm/mUQ==");
	}

	@Test
	void everyCallGetsAFreshTwentyCharacterRandValAndTheMatchingHash() {
		BureauCredentials credentials = new BureauCredentials("330000000001", "isp-zj", "备案密码Abc123");
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 200; i++) {
			CallAuthentication call = credentials.authenticate();
			assertThat(call.randVal()).matches("[0-9A-Za-z]{20}");
			assertThat(call.pwdHash()).isEqualTo(BureauCredentials.pwdHash("备案密码Abc123", call.randVal()));
			assertThat(call.ispId()).isEqualTo("330000000001");
			assertThat(call.hashAlgorithm()).isZero();
			seen.add(call.randVal());
		}
		assertThat(seen).hasSize(200);
	}

	@Test
	void theBureauSideAcceptsOnlyTheRightPassword() {
		String hash = BureauCredentials.pwdHash("secret", RAND_VAL);
		assertThat(BureauCredentials.pwdHashMatches("secret", RAND_VAL, hash)).isTrue();
		assertThat(BureauCredentials.pwdHashMatches("Secret", RAND_VAL, hash)).isFalse();
		assertThat(BureauCredentials.pwdHashMatches("secret", RAND_VAL.replace('A', 'B'), hash)).isFalse();
		assertThat(BureauCredentials.pwdHashMatches("secret", RAND_VAL, "not base64!")).isFalse();
	}

	@Test
	void thePasswordNeverAppearsInLogs() {
		BureauCredentials credentials = new BureauCredentials("330000000001", "isp-zj", "hunter2");
		assertThat(credentials.toString()).contains("isp-zj").doesNotContain("hunter2");
	}

	@Test
	void incompleteCredentialsAreRefusedNamingTheField() {
		assertThatThrownBy(() -> new BureauCredentials("330000000001", "isp-zj", " ")).hasMessageContaining("password");
		assertThatThrownBy(() -> new BureauCredentials(null, "isp-zj", "x")).hasMessageContaining("ispId");
	}

}
