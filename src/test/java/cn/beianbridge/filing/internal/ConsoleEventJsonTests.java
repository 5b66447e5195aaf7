package cn.beianbridge.filing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.beianbridge.filing.CancellationScope;
import cn.beianbridge.filing.CancelledBy;
import cn.beianbridge.filing.FilingApproved;
import cn.beianbridge.filing.FilingCancelled;
import cn.beianbridge.filing.FilingEventType;
import cn.beianbridge.filing.FilingEvent;
import cn.beianbridge.filing.FilingFlaggedOverdue;
import cn.beianbridge.filing.FilingHeld;
import cn.beianbridge.filing.FilingRefused;
import cn.beianbridge.filing.FilingRejected;
import cn.beianbridge.filing.FilingSubmitted;
import cn.beianbridge.filing.Reason;
import cn.beianbridge.support.BureauEventSchema;

import static org.assertj.core.api.Assertions.assertThat;

/** The notifications read back from the outbox exactly the event the console was sent. */
class ConsoleEventJsonTests {

	static final Instant AT = Instant.parse("2026-11-30T02:03:04.5Z");

	static final Instant DEADLINE = Instant.parse("2026-12-01T16:00:00Z");

	static List<FilingEvent> events() {
		String id = "7c0e3a5e-2f57-4c1b-9a53-8f0c5a1d2e3f";
		List<Reason> reasons = List.of(Reason.of("1005", null, "域名已备案: demo13.cn"),
				Reason.of(null, "$.websites[0].name", "名称不符合要求"));
		return List.of(new FilingHeld(id, 7L, "C-1", "33", AT, DEADLINE, reasons),
				new FilingHeld(id, null, "C-2", "35", AT, null, reasons),
				new FilingSubmitted(id, 7L, "C-1", "33", AT, DEADLINE),
				new FilingApproved(id, 7L, "C-1", "33", AT, "浙ICP备2026000001号",
						List.of(new FilingApproved.Website("w2", "浙ICP备2026000001号-2"),
								new FilingApproved.Website("w1", "浙ICP备2026000001号-1"))),
				new FilingRejected(id, 7L, "C-1", "33", AT, reasons, "模拟审核员", LocalDate.of(2026, 11, 29)),
				new FilingRejected(id, 7L, "C-1", "33", AT, List.of(), null, null),
				new FilingRefused(id, 7L, "C-1", "33", AT, reasons),
				new FilingFlaggedOverdue(id, 7L, "C-1", "33", AT),
				FilingCancelled.byOperator(id, 7L, "C-1", "33", AT),
				new FilingCancelled(id, 7L, "C-1", "33", AT, CancelledBy.BUREAU, CancellationScope.ENTITY,
						List.of("浙ICP备2026000001号", "浙ICP备2026000001号-1"),
						List.of(new FilingApproved.Website("w1", "浙ICP备2026000001号-1")), "空壳网站清理", List.of()),
				new FilingCancelled(id, 8L, "C-2", "33", AT, CancelledBy.BUREAU, CancellationScope.WEBSITE,
						List.of("浙ICP备2026000001号-1"), List.of(new FilingApproved.Website("w1", null)), null,
						List.of(Reason.of("1050", null, "Closed: the bureau cancelled the website"))),
				new FilingCancelled(id, 7L, "C-1", "33", AT, CancelledBy.BUREAU, CancellationScope.ACCESS, List.of(),
						List.of(new FilingApproved.Website("w1", null)), null, List.of()));
	}

	@ParameterizedTest
	@MethodSource("events")
	void everyEventWrittenKeepsTheConsolesContract(FilingEvent event) throws Exception {
		JsonNode payload = new ObjectMapper().readTree(ConsoleEventJson.write(event));

		assertThat(BureauEventSchema.violations(payload)).isEmpty();
	}

	@Test
	void anOperatorsCancellationSaysSoAndOneWrittenBeforeTheBureausReadsAsAnOperatorsToo() {
		String id = "7c0e3a5e-2f57-4c1b-9a53-8f0c5a1d2e3f";
		String payload = ConsoleEventJson.write(FilingCancelled.byOperator(id, 7L, "C-1", "33", AT));
		String before = "{\"eventId\":\"" + id + "\",\"consoleFilingId\":\"C-1\",\"type\":\"CANCELLED\","
				+ "\"occurredAt\":\"2026-11-30T10:03:04.5+08:00\",\"province\":\"33\"}";

		FilingCancelled read = (FilingCancelled) ConsoleEventJson.read(new OutboxRow(1, id, 7L, "C-1", "33",
				FilingEventType.CANCELLED, before));

		assertThat(payload).contains("\"cancelledBy\":\"OPERATOR\",\"scope\":\"FILING\"")
			.doesNotContain("retiredIcpNumbers");
		assertThat(read).isEqualTo(FilingCancelled.byOperator(id, 7L, "C-1", "33", AT));
	}

	@ParameterizedTest
	@MethodSource("events")
	void anEventReadBackFromItsRowIsTheEventWritten(FilingEvent event) {
		String payload = ConsoleEventJson.write(event);
		OutboxRow row = new OutboxRow(1, event.eventId(), event.filingId(), event.consoleFilingId(), event.province(),
				event.type(), payload);

		assertThat(ConsoleEventJson.read(row)).isEqualTo(event);
		assertThat(payload).doesNotContain("null");
	}

}
