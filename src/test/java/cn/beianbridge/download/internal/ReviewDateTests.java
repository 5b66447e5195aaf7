package cn.beianbridge.download.internal;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The day a rejection was reviewed ({@code Shsj}), read from the ways bureaus write it. */
class ReviewDateTests {

	@Test
	void readsADateWithOrWithoutTheTimeAndTheCompactForm() {
		assertThat(BureauResultsApplier.dateOf("2026-11-28 10:15:00")).isEqualTo(LocalDate.of(2026, 11, 28));
		assertThat(BureauResultsApplier.dateOf("2026-11-28")).isEqualTo(LocalDate.of(2026, 11, 28));
		assertThat(BureauResultsApplier.dateOf("20261128101500")).isEqualTo(LocalDate.of(2026, 11, 28));
	}

	@Test
	void anUnreadableDateIsLeftOutRatherThanFailingTheFile() {
		assertThat(BureauResultsApplier.dateOf("yesterday")).isNull();
		assertThat(BureauResultsApplier.dateOf("2026-13-45")).isNull();
		assertThat(BureauResultsApplier.dateOf(" ")).isNull();
		assertThat(BureauResultsApplier.dateOf(null)).isNull();
	}

}
