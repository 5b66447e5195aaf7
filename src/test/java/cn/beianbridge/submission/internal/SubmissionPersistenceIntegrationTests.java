package cn.beianbridge.submission.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.beianbridge.support.MySqlTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/** The sequence on MariaDB, where several nodes share it (the leases: NodeLivenessIntegrationTests). */
@SpringBootTest
@ActiveProfiles("test")
class SubmissionPersistenceIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		MySqlTestDatabase.register("bridge_it_submission", registry);
	}

	@Autowired
	DataSequences sequences;

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

}
