package cn.beianbridge.submission.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PayloadBudgetTests {

	@Test
	void filesHeldTogetherNeverExceedTheBudgetAndWhatIsGivenBackIsFreeAgain() {
		PayloadBudget budget = new PayloadBudget(100);
		PayloadBudget.Permit first = budget.tryAcquire(60);

		assertThat(budget.tryAcquire(60)).isNull();
		PayloadBudget.Permit second = budget.tryAcquire(40);
		assertThat(second).isNotNull();
		assertThat(budget.tryAcquire(1)).isNull();

		first.close();
		first.close(); // given back once
		assertThat(budget.tryAcquire(60)).isNotNull();
		assertThat(budget.tryAcquire(1)).isNull();
	}

	@Test
	void aFileLargerThanTheWholeBudgetGoesAloneRatherThanNever() {
		PayloadBudget budget = new PayloadBudget(100);
		PayloadBudget.Permit small = budget.tryAcquire(10);

		assertThat(budget.tryAcquire(5_000)).isNull();
		small.close();
		PayloadBudget.Permit alone = budget.tryAcquire(5_000);
		assertThat(alone).isNotNull();
		assertThat(budget.tryAcquire(1)).isNull();
		alone.close();
		assertThat(budget.tryAcquire(100)).isNotNull();
	}

	@Test
	void aWaitingProvinceGetsTheBytesOnceTheyAreGivenBack() throws Exception {
		PayloadBudget budget = new PayloadBudget(100, 1);
		PayloadBudget.Permit held = budget.tryAcquire(100);
		// the province renews its lease while it waits; here that is when the bytes come back
		try (PayloadBudget.Permit permit = budget.acquire(70, held::close)) {
			assertThat(budget.tryAcquire(31)).isNull();
			assertThat(budget.tryAcquire(30)).isNotNull();
		}
	}

	@Test
	void theDefaultIsHalfTheHeapAndAConfiguredSizeIsTaken() {
		assertThat(new PayloadBudget("").capacity()).isEqualTo(Runtime.getRuntime().maxMemory() / 2);
		assertThat(new PayloadBudget("200MB").capacity()).isEqualTo(200L * 1024 * 1024);
		assertThatThrownBy(() -> new PayloadBudget(0)).hasMessageContaining("payload-budget");
		assertThat(PayloadBudget.cost(50_000_000)).isEqualTo(50_000_000L * PayloadBudget.COPIES);
	}

}
