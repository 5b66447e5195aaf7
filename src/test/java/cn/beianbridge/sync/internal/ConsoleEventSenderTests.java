package cn.beianbridge.sync.internal;

import org.springframework.transaction.support.TransactionOperations;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import cn.beianbridge.collection.ConsoleSettings;
import cn.beianbridge.sync.SyncSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

class ConsoleEventSenderTests {

	@Test
	void withoutAConsoleNothingIsClaimedAndEventsStayInTheOutbox() {
		DeliveryMapper mapper = mock(DeliveryMapper.class);
		ConsoleEventSender sender = new ConsoleEventSender(mapper, new ConsoleSettings(" ", "t", 50, 200),
				new SyncSettings(Duration.ofSeconds(30), Duration.ofHours(1), 12, 100, Duration.ofMinutes(5)),
				Clock.systemUTC(), new SimpleMeterRegistry(), TransactionOperations.withoutTransaction(), event -> {
				}, () -> "node-a#1");

		assertThat(sender.claimDue()).isEmpty();
		verifyNoInteractions(mapper);
	}

}
