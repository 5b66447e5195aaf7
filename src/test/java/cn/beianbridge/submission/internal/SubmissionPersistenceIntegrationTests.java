package cn.beianbridge.submission.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.beianbridge.support.MutableClock;
import cn.beianbridge.support.MySqlTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/** The lease and the sequence on MariaDB, where several nodes would share them. */
@SpringBootTest
@ActiveProfiles({ "test", "mysql" })
class SubmissionPersistenceIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		MySqlTestDatabase.register("bridge_it_submission", registry);
	}

	@Autowired
	ProvinceLeases leases;

	@Autowired
	DataSequences sequences;

	@Autowired
	MutableClock clock;

	@Test
	void aProvinceLeaseHasOneHolderUntilItIsReleasedOrExpires() {
		assertThat(leases.tryAcquire("33", "node-a", Duration.ofMinutes(5))).isTrue();
		assertThat(leases.tryAcquire("33", "node-b", Duration.ofMinutes(5))).isFalse();
		assertThat(leases.tryAcquire("33", "node-a", Duration.ofMinutes(5))).as("renewal").isTrue();
		assertThat(leases.tryAcquire("44", "node-b", Duration.ofMinutes(5))).as("another province").isTrue();

		leases.release("33", "node-a");
		assertThat(leases.tryAcquire("33", "node-b", Duration.ofMinutes(5))).isTrue();

		clock.advance(Duration.ofMinutes(6));
		assertThat(leases.holder("33")).isEmpty();
		assertThat(leases.tryAcquire("33", "node-a", Duration.ofMinutes(5))).as("after node-b crashed").isTrue();
	}

	@Test
	void sequenceNumbersTakenConcurrentlyAreGaplessAndNeverReused() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Callable<Long>> takers = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			takers.add(() -> sequences.assignNext("11"));
		}
		List<Long> taken = new ArrayList<>();
		for (Future<Long> number : pool.invokeAll(takers)) {
			taken.add(number.get());
		}
		pool.shutdown();

		assertThat(taken).doesNotHaveDuplicates().hasSize(200);
		assertThat(taken.stream().mapToLong(Long::longValue).max().orElseThrow()).isEqualTo(200);
		sequences.accepted("11", 150);
		assertThat(sequences.state("11")).isEqualTo(new DataSequences.State(150, 200));
	}

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(Instant.parse("2026-11-27T02:00:00Z"));
		}

	}

}
