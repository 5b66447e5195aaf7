package cn.beianbridge.submission.internal;

import org.junit.jupiter.api.Test;

import cn.beianbridge.bureau.UploadLimits;

import static org.assertj.core.api.Assertions.assertThat;

/** Files no larger than the database can store before sending; the bureau's own limits where it can store those. */
class StorableUploadLimitsTests {

	@Test
	void theServersDefaultPacketMakesSmallerFilesThatStillFitWhenStored() {
		long packet = 16L << 20; // MariaDB's and MySQL 8's default

		UploadLimits limits = StorableUploadLimits.of(UploadLimits.BUREAU, packet);

		assertThat(limits.maxRecords()).isEqualTo(1000);
		assertThat(limits.maxBytes()).isBetween(8_000_000L, 9_000_000L);
		// a zip of that size, as Base64 sealed and Base64 again (what beian_info holds), fits the packet
		long stored = 4 * ((4 * ((limits.maxBytes() + 2) / 3) + 28 + 2) / 3);
		assertThat(stored).isLessThan(packet);
	}

	@Test
	void aPacketLargeEnoughForFiftyMegabytesKeepsTheBureausLimits() {
		assertThat(StorableUploadLimits.of(UploadLimits.BUREAU, 128L << 20)).isEqualTo(UploadLimits.BUREAU);
		assertThat(StorableUploadLimits.of(UploadLimits.BUREAU, null)).as("H2: no packet").isEqualTo(UploadLimits.BUREAU);
	}

}
