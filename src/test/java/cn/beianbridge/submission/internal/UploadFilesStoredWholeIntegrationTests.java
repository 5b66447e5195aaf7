package cn.beianbridge.submission.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.beianbridge.BeianBridgeApplication;
import cn.beianbridge.crypto.PersonalData;
import cn.beianbridge.crypto.Resealable;
import cn.beianbridge.support.FreePort;
import cn.beianbridge.support.MySqlTestDatabase;
import cn.beianbridge.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file stored whole, as before V34 (one sealed value in {@code upload_batch.beian_info}), becomes a part of its own
 * on MariaDB (mysql/V35) and is read back exactly, also after a key rotation seals its part again.
 */
class UploadFilesStoredWholeIntegrationTests {

	static final String KEY_A = "a2V5LUEta2V5LUEta2V5LUEta2V5LUEta2V5LUEtISE=";

	static final String KEY_B = "a2V5LUIta2V5LUIta2V5LUIta2V5LUIta2V5LUItISE=";

	@Test
	void aFileStoredWholeIsReadBackFromItsOwnPartAfterTheMigrationAndAKeyRotation() {
		String url = MySqlTestDatabase.freshDatabase("bridge_it_stored_whole");
		// Base64 of some bytes, as a zip's would be
		byte[] zip = new byte[300_000];
		new java.util.Random(7).nextBytes(zip);
		String payload = Base64.getEncoder().encodeToString(zip);
		long id;
		try (ConfigurableApplicationContext before = start(url, KEY_A, null, "34")) {
			JdbcTemplate jdbc = before.getBean(JdbcTemplate.class);
			// as the mapper stored it before V34: SealedText of the text
			String sealed = before.getBean(PersonalData.class).seal(payload);
			jdbc.update("INSERT INTO upload_batch (province, file_name, operation, data_sequence, state, record_count, "
					+ "beian_info, beian_info_hash, encrypt_algorithm, zip_bytes, attempts, created_at, updated_at) "
					+ "VALUES ('33', 'STORED_WHOLE.zip', 'XZBA', 990001, 'BUILT', 1, ?, 'hash', 0, ?, 0, "
					+ "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", sealed, zip.length);
			id = jdbc.queryForObject("SELECT id FROM upload_batch WHERE file_name = 'STORED_WHOLE.zip'", Long.class);
		}

		try (ConfigurableApplicationContext after = start(url, KEY_B, KEY_A, null)) {
			JdbcTemplate jdbc = after.getBean(JdbcTemplate.class);
			UploadBatches batches = after.getBean(UploadBatches.class);
			assertThat(jdbc.queryForList("select column_name from information_schema.columns where table_schema = "
					+ "database() and table_name = 'upload_batch' and column_name = 'beian_info'")).isEmpty();
			assertThat(jdbc.queryForObject("select count(*) from upload_batch_part where batch_id = ? and part = 0 and "
					+ "text_payload", Integer.class, id)).isEqualTo(1);
			assertThat(batches.withPayload(batches.reload(id)).beianInfo()).isEqualTo(payload);
			byte[] underA = jdbc.queryForObject("select sealed from upload_batch_part where batch_id = ?", byte[].class, id);

			after.getBeansOfType(Resealable.class).values().stream()
				.filter(table -> table.name().equals("upload_batch_part"))
				.findFirst()
				.orElseThrow()
				.resealAfter(null, 100);

			byte[] underB = jdbc.queryForObject("select sealed from upload_batch_part where batch_id = ?", byte[].class, id);
			assertThat(underB).as("sealed again, under the new key").isNotEqualTo(underA);
			assertThat(after.getBean(PersonalData.class).isCurrent(underB)).isTrue();
			assertThat(batches.withPayload(batches.reload(id)).beianInfo()).isEqualTo(payload);
			assertThat(new String(after.getBean(PersonalData.class).open(underB), StandardCharsets.ISO_8859_1))
				.isEqualTo(payload);
		}
	}

	private static ConfigurableApplicationContext start(String url, String masterKey, String previous, String target) {
		List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + url,
				"--spring.datasource.username=root", "--spring.datasource.password=",
				"--server.port=" + FreePort.next(), "--bridge.crypto.master-key=" + masterKey));
		if (previous != null) {
			args.add("--bridge.crypto.previous-master-keys=" + previous);
		}
		if (target != null) {
			args.add("--spring.flyway.target=" + target);
		}
		return new SpringApplicationBuilder(BeianBridgeApplication.class).profiles("test")
			.initializers(TestClock.initializer())
			.run(args.toArray(String[]::new));
	}

}
