package cn.beianbridge.submission.internal;

import org.junit.jupiter.api.Test;

import cn.beianbridge.bureau.UploadLimits;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files no larger than the payload budget holds at once, stored in parts that each fit a statement the database takes;
 * the bureau's own limits where the budget takes those.
 */
class StorableUploadLimitsTests {

	/**
	 * What a part of so many characters takes in a statement at most: decoded, sealed (header, IV, GCM tag), every byte
	 * escaped by the driver.
	 */
	private static long stored(int chars) {
		return 2 * (chars / 4 * 3 + 5 + 12 + 16);
	}

	@Test
	void theServersDefaultPacketTakesPartsOfAMegabyte() {
		int chars = StorableUploadLimits.partChars(16L << 20); // MariaDB's and MySQL 8's default

		assertThat(chars).isEqualTo(1 << 20);
		assertThat(stored(chars) + StorableUploadLimits.STATEMENT_MARGIN).isLessThan(16L << 20);
		assertThat(StorableUploadLimits.partChars(null)).as("H2: no packet").isEqualTo(1 << 20);
	}

	@Test
	void aSmallPacketTakesSmallerPartsThatStillFitIt() {
		long packet = 1L << 20; // the smallest a DBA is likely to leave

		int chars = StorableUploadLimits.partChars(packet);

		assertThat(chars).isBetween(600_000, 1 << 20);
		assertThat(chars % 4).as("whole Base64 quanta").isZero();
		assertThat(stored(chars) + StorableUploadLimits.STATEMENT_MARGIN).isLessThanOrEqualTo(packet);
	}

	@Test
	void aSmallHeapsBudgetMakesFilesThatFitItOnceAtTheirPeak() {
		long budget = 256L << 20; // half of -Xmx512m

		UploadLimits limits = StorableUploadLimits.heldWithin(UploadLimits.BUREAU, budget);

		assertThat(limits.maxRecords()).isEqualTo(1000);
		assertThat(limits.maxBytes()).isBetween(30_000_000L, 34_000_000L);
		assertThat(PayloadBudget.cost(limits.maxBytes())).isLessThanOrEqualTo(budget);
	}

	@Test
	void aBudgetThatHoldsFiftyMegabytesKeepsTheLimits() {
		assertThat(StorableUploadLimits.heldWithin(UploadLimits.BUREAU, 400_000_000L)).isEqualTo(UploadLimits.BUREAU);
		assertThat(StorableUploadLimits.heldWithin(UploadLimits.BUREAU, 1L << 30)).isEqualTo(UploadLimits.BUREAU);
	}

}
