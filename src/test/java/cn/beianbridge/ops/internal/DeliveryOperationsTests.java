package cn.beianbridge.ops.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cn.beianbridge.crypto.PersonalData;
import cn.beianbridge.support.OtherNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Dead events and notifications, one at a time and in bulk: a re-delivery done is audited once, a refused one (not
 * DEAD, a count that changed since the dry run) not at all; a bulk run settles each target and writes one audit row
 * with its query, reason, dry-run count and counts, also when it was cancelled.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(DeliveryOperationsTests.SlowAction.class)
class DeliveryOperationsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	PersonalData personalData;

	@BeforeEach
	void empty() {
		jdbc.update("DELETE FROM filing_event");
		jdbc.update("DELETE FROM notification");
	}

	@Test
	void anOperatorRedeliversADeadEventOnceAndItIsAudited() throws Exception {
		String dead = event("DL-1", "DEAD");
		long before = audit();

		String body = api(post("/api/ops/v1/deliveries/events/" + dead + "/redeliver"), "demo-operator-token",
				"{\"reason\":\"console fixed its schema\"}").getResponse().getContentAsString();

		assertThat(body).contains("\"status\":\"PENDING\"");
		assertThat(jdbc.queryForMap("SELECT delivery_status, attempts FROM filing_event WHERE event_id = ?", dead))
			.containsEntry("DELIVERY_STATUS", "PENDING")
			.containsEntry("ATTEMPTS", 0);
		assertThat(audit()).isEqualTo(before + 1);
		Map<String, Object> row = lastAudit();
		assertThat(row).containsEntry("ACTION", "event.redeliver")
			.containsEntry("TARGET", "event:" + dead)
			.containsEntry("ACTOR", "operator")
			.containsEntry("REASON", "console fixed its schema")
			.containsEntry("STATE_AFTER", "PENDING");
		assertThat((String) row.get("STATE_BEFORE")).isEqualTo("DEAD after 12 attempt(s): HTTP 400: bad event");
	}

	@Test
	void anEventThatIsNotDeadIsRefusedAndNothingIsAudited() throws Exception {
		String pending = event("DL-2", "PENDING");
		long before = audit();

		MvcResult refused = api(post("/api/ops/v1/deliveries/events/" + pending + "/redeliver"), "demo-operator-token",
				"{\"reason\":\"just in case\"}");

		assertThat(refused.getResponse().getStatus()).isEqualTo(409);
		assertThat(refused.getResponse().getContentAsString()).contains("is PENDING, not DEAD");
		assertThat(audit()).isEqualTo(before);
	}

	@Test
	void anOperatorResendsADeadNotificationFromThePageAndAViewerSeesItMaskedWithoutAButton() throws Exception {
		long id = notification("DEAD");
		String page = mvc.perform(get("/ops/deliveries?kind=notification").with(user("viewer").roles("VIEWER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("138****5678").doesNotContain("13812345678").doesNotContain("/resend\"");
		long before = audit();

		mvc.perform(post("/ops/deliveries/notifications/" + id + "/resend").param("reason", "gateway back")
			.with(user("operator").roles("OPERATOR"))
			.with(csrf()));

		assertThat(jdbc.queryForObject("SELECT status FROM notification WHERE id = ?", String.class, id))
			.isEqualTo("PENDING");
		assertThat(audit()).isEqualTo(before + 1);
		assertThat(lastAudit()).containsEntry("ACTION", "notification.resend");
	}

	@Test
	void aBulkRunWithACountThatChangedSinceTheDryRunIsRefusedAndNotAudited() throws Exception {
		event("DL-3", "DEAD");
		event("DL-4", "DEAD");
		String dryRun = mvc
			.perform(get("/api/ops/v1/bulk/dry-run?action=events.redeliver&province=33")
				.header("Authorization", "Bearer demo-admin-token"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(dryRun).contains("\"count\":2");
		event("DL-5", "DEAD");
		long before = audit();
		int runs = jdbc.queryForObject("SELECT COUNT(*) FROM ops_bulk_run", Integer.class);

		MvcResult refused = api(post("/api/ops/v1/bulk"), "demo-admin-token",
				"{\"action\":\"events.redeliver\",\"query\":{\"province\":\"33\"},\"reason\":\"console back\","
						+ "\"expectedCount\":2}");

		assertThat(refused.getResponse().getStatus()).isEqualTo(409);
		assertThat(refused.getResponse().getContentAsString()).contains("matches 3 now, not 2")
			.contains("run the dry run again");
		assertThat(audit()).isEqualTo(before);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ops_bulk_run", Integer.class)).isEqualTo(runs);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM filing_event WHERE delivery_status = 'DEAD'",
				Integer.class)).isEqualTo(3);
	}

	@Test
	void aBulkRunRedeliversEveryDeadEventMatchingWithAResultPerItemAndOneAuditRow() throws Exception {
		String first = event("DL-6", "DEAD");
		String second = event("DL-7", "DEAD");
		event("DL-8", "PENDING");
		long before = audit();

		String started = api(post("/api/ops/v1/bulk"), "demo-admin-token",
				"{\"action\":\"events.redeliver\",\"query\":{\"type\":\"HELD\"},\"reason\":\"console back\","
						+ "\"expectedCount\":2}")
			.getResponse()
			.getContentAsString();
		long run = Long.parseLong(started.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));

		await().atMost(Duration.ofSeconds(10)).until(() -> "DONE".equals(runStatus(run)));
		assertThat(jdbc.queryForList("SELECT target FROM ops_bulk_item WHERE run_id = ? AND status = 'DONE' ORDER BY seq",
				String.class, run)).containsExactly(first, second);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM filing_event WHERE delivery_status = 'DEAD'",
				Integer.class)).isZero();
		assertThat(audit()).isEqualTo(before + 1);
		Map<String, Object> row = lastAudit();
		assertThat(row).containsEntry("ACTION", "bulk.events.redeliver")
			.containsEntry("TARGET", "bulk-run:" + run)
			.containsEntry("ACTOR", "admin")
			.containsEntry("REASON", "console back")
			.containsEntry("DRY_RUN_COUNT", 2)
			.containsEntry("PARAMETERS", "type=HELD");
		assertThat((String) row.get("OUTCOME")).isEqualTo("DONE: 2 done, 0 skipped, 0 failed of 2");

		String page = mvc.perform(get("/ops/bulk/" + run).with(user("viewer").roles("VIEWER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(first).contains("back in the queue, due now").doesNotContain("id=\"cancel\"");
	}

	@Test
	void aCancelledRunSkipsWhatItHasNotWorkedAndIsAuditedOnce() throws Exception {
		SlowAction.entered = new CountDownLatch(1);
		SlowAction.release = new CountDownLatch(1);
		long before = audit();
		String started = api(post("/api/ops/v1/bulk"), "demo-admin-token",
				"{\"action\":\"test.slow\",\"reason\":\"trying cancel\",\"expectedCount\":3}")
			.getResponse()
			.getContentAsString();
		long run = Long.parseLong(started.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
		assertThat(SlowAction.entered.await(10, TimeUnit.SECONDS)).isTrue();

		MvcResult cancel = api(post("/api/ops/v1/bulk/" + run + "/cancel"), "demo-admin-token", "{}");
		assertThat(cancel.getResponse().getStatus()).isEqualTo(200);
		SlowAction.release.countDown();

		await().atMost(Duration.ofSeconds(10)).until(() -> "CANCELLED".equals(runStatus(run)));
		assertThat(jdbc.queryForList("SELECT status FROM ops_bulk_item WHERE run_id = ? ORDER BY seq", String.class,
				run)).containsExactly("DONE", "SKIPPED", "SKIPPED");
		assertThat(audit()).isEqualTo(before + 1);
		assertThat((String) lastAudit().get("OUTCOME"))
			.isEqualTo("CANCELLED: 1 done, 2 skipped, 0 failed of 3 (cancelled by admin)");

		MvcResult again = api(post("/api/ops/v1/bulk/" + run + "/cancel"), "demo-admin-token", "{}");
		assertThat(again.getResponse().getStatus()).isEqualTo(409);
		assertThat(audit()).isEqualTo(before + 1);
	}

	@Test
	void aTargetThatFailsLosesItsOwnChangesOnlyAndTheRunGoesOn() throws Exception {
		jdbc.update("DELETE FROM province_pause WHERE province IN ('91', '92', '93')");
		String started = api(post("/api/ops/v1/bulk"), "demo-admin-token",
				"{\"action\":\"test.partly-failing\",\"reason\":\"one of three fails\",\"expectedCount\":3}")
			.getResponse()
			.getContentAsString();
		long run = Long.parseLong(started.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));

		await().atMost(Duration.ofSeconds(10)).until(() -> "DONE".equals(runStatus(run)));
		assertThat(jdbc.queryForList("SELECT status FROM ops_bulk_item WHERE run_id = ? ORDER BY seq", String.class,
				run)).containsExactly("DONE", "FAILED", "DONE");
		assertThat(jdbc.queryForList("SELECT province FROM province_pause WHERE province IN ('91', '92', '93') "
				+ "ORDER BY province", String.class)).containsExactly("91", "93");
		jdbc.update("DELETE FROM province_pause WHERE province IN ('91', '93')");
	}

	@Test
	void aRunLeftRunningByANodeThatDiedIsShownInterruptedAndAuditedOnce() throws Exception {
		OtherNode nodeB = OtherNode.running(jdbc, clock, "node-b");
		jdbc.update("INSERT INTO ops_bulk_run (action, query_text, reason, dry_run_count, status, started_by, role, node, "
				+ "started_at) VALUES ('events.redeliver', 'type=HELD', 'console back', 2, 'RUNNING', 'admin', 'ADMIN', ?, ?)",
				nodeB.incarnation(), Timestamp.from(clock.instant()));
		long run = jdbc.queryForObject("SELECT MAX(id) FROM ops_bulk_run", Long.class);
		jdbc.update("INSERT INTO ops_bulk_item (run_id, seq, target, status, detail) VALUES (?, 1, 'e-1', 'DONE', 'ok')",
				run);
		jdbc.update("INSERT INTO ops_bulk_item (run_id, seq, target, status) VALUES (?, 2, 'e-2', 'PENDING')", run);
		long before = audit();
		assertThat(mvc.perform(get("/api/ops/v1/bulk/" + run).header("Authorization", "Bearer demo-viewer-token"))
			.andReturn()
			.getResponse()
			.getContentAsString()).as("node-b is alive: its run is running").contains("\"status\":\"RUNNING\"");

		nodeB.restarted();

		String body = mvc.perform(get("/api/ops/v1/bulk/" + run).header("Authorization", "Bearer demo-viewer-token"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("\"status\":\"INTERRUPTED\"");
		assertThat(audit()).isEqualTo(before + 1);
		assertThat((String) lastAudit().get("OUTCOME")).startsWith("INTERRUPTED: 1 done, 0 skipped, 0 failed, 1 not worked of 2");
		mvc.perform(get("/api/ops/v1/bulk/" + run).header("Authorization", "Bearer demo-viewer-token"));
		assertThat(audit()).isEqualTo(before + 1);
	}

	private MvcResult api(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder call, String token,
			String body) throws Exception {
		return mvc.perform(call.header("Authorization", "Bearer " + token)
			.header(IdempotencyFilter.HEADER, UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andReturn();
	}

	private String event(String filing, String status) {
		String eventId = UUID.randomUUID().toString();
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.update("INSERT INTO filing_event (event_id, console_filing_id, province, type, occurred_at, payload, "
				+ "delivery_status, attempts, next_attempt_at, last_error) VALUES (?, ?, '33', 'HELD', ?, ?, ?, ?, ?, ?)",
				eventId, filing, now, personalData.seal("{}"), status, "DEAD".equals(status) ? 12 : 1, now,
				"HTTP 400: bad event");
		return eventId;
	}

	private long notification(String status) {
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.update("INSERT INTO notification (notification_key, kind, audience, channel, recipient, console_filing_id, "
				+ "body, status, attempts, next_attempt_at, created_at, last_error) VALUES (?, 'FILING_APPROVED', "
				+ "'CUSTOMER', 'SMS', ?, 'DL-9', ?, ?, 5, ?, ?, 'isv.BUSINESS_LIMIT_CONTROL')", UUID.randomUUID().toString(),
				personalData.seal("13812345678"), personalData.seal("body"), status, now, now);
		return jdbc.queryForObject("SELECT MAX(id) FROM notification", Long.class);
	}

	private String runStatus(long run) {
		return jdbc.queryForObject("SELECT status FROM ops_bulk_run WHERE id = ?", String.class, run);
	}

	private long audit() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM ops_audit", Long.class);
	}

	private Map<String, Object> lastAudit() {
		return jdbc.queryForMap("SELECT * FROM ops_audit ORDER BY id DESC LIMIT 1");
	}

	/**
	 * A bulk action whose first target waits for the test: the run is cancelled while it works; and one whose second
	 * target writes, then fails.
	 */
	@TestConfiguration
	static class SlowAction {

		@Bean
		BulkAction partlyFailingTestAction(JdbcTemplate jdbc) {
			return new BulkAction() {

				@Override
				public String name() {
					return "test.partly-failing";
				}

				@Override
				public String describe() {
					return "Pause three test provinces; the second fails after its write";
				}

				@Override
				public String listPage(BulkQuery query) {
					return "/ops";
				}

				@Override
				public long count(BulkQuery query) {
					return 3;
				}

				@Override
				public List<String> sample(BulkQuery query, int n) {
					return select(query, n);
				}

				@Override
				public List<String> select(BulkQuery query, int limit) {
					return List.of("91", "92", "93");
				}

				@Override
				public BulkItemOutcome apply(String target, BulkRun run) {
					jdbc.update("INSERT INTO province_pause (province, reason, paused_by, paused_at) "
							+ "VALUES (?, 'bulk test', 'test', CURRENT_TIMESTAMP)", target);
					if (target.equals("92")) {
						throw new IllegalStateException("the second one breaks after its write");
					}
					return BulkItemOutcome.done("paused");
				}
			};
		}

		static volatile CountDownLatch entered = new CountDownLatch(0);

		static volatile CountDownLatch release = new CountDownLatch(0);

		@Bean
		BulkAction slowTestAction() {
			return new BulkAction() {

				@Override
				public String name() {
					return "test.slow";
				}

				@Override
				public String describe() {
					return "Wait for the test";
				}

				@Override
				public String listPage(BulkQuery query) {
					return "/ops";
				}

				@Override
				public long count(BulkQuery query) {
					return 3;
				}

				@Override
				public List<String> sample(BulkQuery query, int n) {
					return List.of("a", "b", "c");
				}

				@Override
				public List<String> select(BulkQuery query, int limit) {
					return List.of("a", "b", "c");
				}

				@Override
				public BulkItemOutcome apply(String target, BulkRun run) {
					entered.countDown();
					try {
						release.await(10, TimeUnit.SECONDS);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					return BulkItemOutcome.done("waited");
				}
			};
		}

	}

}
