package cn.beianbridge.sync.internal;

import org.springframework.transaction.support.TransactionOperations;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import cn.beianbridge.collection.ConsoleSettings;
import cn.beianbridge.delivery.DeliveryQueues;
import cn.beianbridge.filing.ConsoleOutbox;
import cn.beianbridge.scheduling.ThisNode;
import cn.beianbridge.sync.SyncSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

class ConsoleEventSenderTests {

	@Test
	void withoutAConsoleNothingIsClaimedAndEventsStayInTheOutbox() {
		ConsoleOutbox outbox = mock(ConsoleOutbox.class);
		ConsoleEventSender sender = new ConsoleEventSender(outbox, new ConsoleSettings(" ", "t", 50, 200),
				new SyncSettings(Duration.ofSeconds(30), Duration.ofHours(1), 12, 100, Duration.ofMinutes(5)),
				new DeliveryQueues(Clock.systemUTC(), mock(ThisNode.class), new SimpleMeterRegistry(),
						TransactionOperations.withoutTransaction(), event -> {
						}));

		assertThat(sender.claimDue()).isEmpty();
		verifyNoInteractions(outbox);
	}

}
