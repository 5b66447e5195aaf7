package cn.beianbridge.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Sha256Tests {

	@Test
	void writesTheKnownDigestsInLowerCaseHex() {
		// FIPS 180-2 test vectors: "abc" and the empty message
		assertThat(Sha256.hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThat(Sha256.hex(new byte[0]))
			.isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	}

	@Test
	void hashesTextAsUtf8() {
		// sha256sum of the UTF-8 bytes E5 A4 87 E6 A1 88
		assertThat(Sha256.hex("备案")).isEqualTo("71942f7519d589a12729dc4ff1645e2ad4874ee2e1417a5c4bb829a1a3817ca3");
	}

}
