package cn.beianbridge.crypto;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.beianbridge.BeianBridgeApplication;
import cn.beianbridge.filing.FilingDocument;
import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.FilingSummary;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.IntakeResult;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.scheduling.ScheduledWork;
import cn.beianbridge.support.FilingJson;
import cn.beianbridge.support.FreePort;
import cn.beianbridge.support.MySqlTestDatabase;
import cn.beianbridge.support.TestClock;

import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A master key rotation on MariaDB, as operators do it: the application runs on key A and stores personal data; it
 * restarts with key B and A as the previous key, which re-wraps the data keys, and the {@code reseal} work seals
 * every row again; then it restarts with B alone and reads everything, and A alone can no longer start it.
 */
class KeyRotationIntegrationTests {

	static final String KEY_A = "a2V5LUEta2V5LUEta2V5LUEta2V5LUEta2V5LUEtISE=";

	static final String KEY_B = "a2V5LUIta2V5LUIta2V5LUIta2V5LUIta2V5LUItISE=";

	@Test
	void afterARotationTheNewKeyAloneReadsEverythingAndFindsItByBlindIndex() throws Exception {
		String url = MySqlTestDatabase.freshDatabase("bridge_it_rotation");
		FilingJson personal = aFirstFiling().personal().inProvince("33").withConsoleFilingId("ROT-1");
		FilingDocument sent = personal.document();
		String applicantId = sent.entity().certificate().number();
		long id;
		// the same applicant's responsible person in every filing: a lookup of the ID number finds all four
		List<Long> sameApplicant = new ArrayList<>();
		try (ConfigurableApplicationContext a = start(url, KEY_A, null)) {
			FilingIntake intake = a.getBean(FilingIntake.class);
			IntakeResult stored = intake.accept(personal.bytes(), IntakeSource.PUSH, "test");
			assertThat(stored.outcome()).as(stored.reasons().toString()).isEqualTo(IntakeResult.Outcome.STORED);
			id = stored.filingId();
			sameApplicant.add(id);
			for (int i = 2; i <= 4; i++) {
				sameApplicant.add(intake.accept(aFirstFiling().inProvince("33").withConsoleFilingId("ROT-" + i).bytes(),
						IntakeSource.PUSH, "test").filingId());
			}
			ObjectNode broken = aFirstFiling().personal().withConsoleFilingId("ROT-BAD").build();
			broken.remove("websites");
			intake.accept(broken.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), IntakeSource.PUSH, "test");
		}

		try (ConfigurableApplicationContext rotating = start(url, KEY_B, KEY_A)) {
			JdbcTemplate jdbc = rotating.getBean(JdbcTemplate.class);
			int retired = jdbc.queryForObject("select id from crypto_data_key where state = 'RETIRED'", Integer.class);
			int active = jdbc.queryForObject("select id from crypto_data_key where state = 'ACTIVE'", Integer.class);
			assertThat(dataKeysOf(jdbc, id)).containsOnly(retired);
			// during the rotation a lookup finds the rows not yet sealed again
			assertThat(rotating.getBean(Filings.class).naming(applicantId)).extracting(FilingSummary::id)
				.containsExactlyElementsOf(sameApplicant);

			reseal(rotating).run();

			assertThat(dataKeysOf(jdbc, id)).containsOnly(active);
			assertThat(jdbc.queryForList("select cursor_value from crypto_reseal_progress where done", String.class))
				.hasSize(rotating.getBeansOfType(Resealable.class).size());
			// a second run finds the pass done and writes nothing
			String payload = jdbc.queryForObject("select raw_payload from rejected_input", String.class);
			reseal(rotating).run();
			assertThat(jdbc.queryForObject("select raw_payload from rejected_input", String.class)).isEqualTo(payload);
		}

		try (ConfigurableApplicationContext b = start(url, KEY_B, null)) {
			Filings filings = b.getBean(Filings.class);
			FilingDocument read = filings.document(id).orElseThrow();
			assertThat(read.entity()).isEqualTo(sent.entity());
			assertThat(read.websites()).isEqualTo(sent.websites());
			assertThat(read.attachments()).isEqualTo(sent.attachments());
			assertThat(filings.naming(applicantId)).extracting(FilingSummary::id).containsExactlyElementsOf(sameApplicant);
		}

		assertThatThrownBy(() -> start(url, KEY_A, null).close()).rootCause()
			.hasMessageContaining("which neither bridge.crypto.master-key nor bridge.crypto.previous-master-keys holds");
	}

	/** The data keys the filing's sealed columns are under (the id in each value's header). */
	private static List<Integer> dataKeysOf(JdbcTemplate jdbc, long filingId) {
		List<Integer> keys = new ArrayList<>();
		jdbc.query("select person_cert_number, person_mobile, entity_address from filing where id = ?", rs -> {
			for (int i = 1; i <= 3; i++) {
				keys.add(ByteBuffer.wrap(Base64.getDecoder().decode(rs.getString(i)), 1, 4).getInt());
			}
		}, filingId);
		jdbc.query("select person_email from website where filing_id = ?",
				rs -> {
					keys.add(ByteBuffer.wrap(Base64.getDecoder().decode(rs.getString(1)), 1, 4).getInt());
				}, filingId);
		return keys;
	}

	private static ScheduledWork reseal(ConfigurableApplicationContext context) {
		return context.getBeansOfType(ScheduledWork.class).values().stream()
			.filter(work -> work.jobName().equals("reseal"))
			.findFirst()
			.orElseThrow();
	}

	private static ConfigurableApplicationContext start(String url, String masterKey, String previous) {
		List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + url,
				"--spring.datasource.username=root", "--spring.datasource.password=",
				"--server.port=" + FreePort.next(), "--bridge.crypto.master-key=" + masterKey,
				// one row per chunk: the pass goes through many chunks, each its own transaction
				"--bridge.crypto.reseal.chunk-size=1"));
		if (previous != null) {
			args.add("--bridge.crypto.previous-master-keys=" + previous);
		}
		return new SpringApplicationBuilder(BeianBridgeApplication.class).profiles("test")
			.initializers(TestClock.initializer())
			.run(args.toArray(String[]::new));
	}

}
