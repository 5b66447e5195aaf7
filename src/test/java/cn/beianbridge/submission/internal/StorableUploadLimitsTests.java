package cn.beianbridge.submission.internal;

import org.junit.jupiter.api.Test;

import cn.beianbridge.bureau.UploadLimits;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files no larger than the database can store before sending, nor than the payload budget holds at once; the bureau's
 * own limits where both take those.
 */
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


	@Test
	void aSmallHeapsBudgetMakesFilesThatFitItOnceAtTheirPeak() {
		long budget = 256L << 20; // half of -Xmx512m

		UploadLimits limits = StorableUploadLimits.heldWithin(UploadLimits.BUREAU, budget);

		assertThat(limits.maxRecords()).isEqualTo(1000);
		assertThat(limits.maxBytes()).isBetween(30_000_000L, 34_000_000L);
		assertThat(PayloadBudget.cost(limits.maxBytes())).isLessThanOrEqualTo(budget);
		// the packet's limit, lower still, stands
		UploadLimits packet = StorableUploadLimits.of(UploadLimits.BUREAU, 16L << 20);
		assertThat(StorableUploadLimits.heldWithin(packet, budget)).isEqualTo(packet);
	}

	@Test
	void aBudgetThatHoldsFiftyMegabytesKeepsTheLimits() {
		assertThat(StorableUploadLimits.heldWithin(UploadLimits.BUREAU, 400_000_000L)).isEqualTo(UploadLimits.BUREAU);
		assertThat(StorableUploadLimits.heldWithin(UploadLimits.BUREAU, 1L << 30)).isEqualTo(UploadLimits.BUREAU);
	}

}
