package cn.beianbridge.collection;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.beianbridge.filing.Filings;
import cn.beianbridge.support.FilingJson;

import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Bulk loads: JSON files dropped in a folder. */
@SpringBootTest
@ActiveProfiles("test")
class DropFolderTests {

	static final Path DROP = createDropFolder();

	@DynamicPropertySource
	static void dropFolder(DynamicPropertyRegistry registry) {
		registry.add("bridge.collection.drop-folder", DROP::toString);
	}

	@Autowired
	Filings filings;

	@Test
	void aFileOfValidFilingsIsTakenInAndMovedToDone() throws Exception {
		ArrayNode bulk = FilingJson.MAPPER.createArrayNode();
		bulk.add(aFirstFiling().withConsoleFilingId("DROP-OK-1").build());
		bulk.add(aFirstFiling().withConsoleFilingId("DROP-OK-2").inProvince("11").build());

		drop("bulk-ok.json", bulk.toString());

		await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(DROP.resolve("done/bulk-ok.json")));
		assertThat(filings.findByConsoleFilingId("DROP-OK-1")).isPresent();
		assertThat(filings.findByConsoleFilingId("DROP-OK-2")).isPresent();
		assertThat(DROP.resolve("bulk-ok.json")).doesNotExist();
	}

	@Test
	void aFileWithABrokenFilingGoesToFailedWithItsErrorsBesideItAndTheGoodOnesAreStored() throws Exception {
		ObjectNode broken = aFirstFiling().withConsoleFilingId("DROP-BAD-1").build();
		((ObjectNode) broken.get("websites").get(0)).put("homeUrl", "x".repeat(300));
		ArrayNode bulk = FilingJson.MAPPER.createArrayNode();
		bulk.add(aFirstFiling().withConsoleFilingId("DROP-GOOD-1").build());
		bulk.add(broken);

		drop("bulk-mixed.json", bulk.toString());

		Path errors = DROP.resolve("failed/bulk-mixed.json.errors.json");
		await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(DROP.resolve("failed/bulk-mixed.json")));
		assertThat(Files.readString(errors)).contains("\"index\" : 1", "DROP-BAD-1", "$.websites[0].homeUrl");
		assertThat(filings.findByConsoleFilingId("DROP-GOOD-1")).isPresent();
		assertThat(filings.findByConsoleFilingId("DROP-BAD-1")).isEmpty();
	}

	@Test
	void aFileThatIsNotJsonGoesToFailedSayingSo() throws Exception {
		drop("garbage.json", "this is not { json");

		await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(DROP.resolve("failed/garbage.json")));
		assertThat(Files.readString(DROP.resolve("failed/garbage.json.errors.json"))).contains("\"field\" : \"$\"");
	}

	@Test
	void aFilingWithARepeatedKeyInABulkFileIsRejectedAloneAndTheOthersAreStored() throws Exception {
		String repeated = aFirstFiling().withConsoleFilingId("DROP-DUP-2").build().toString()
			.replaceFirst("\\{", "{\"province\": \"11\",");
		String bulk = "[" + aFirstFiling().withConsoleFilingId("DROP-DUP-1").build() + ",\n" + repeated + ",\n"
				+ aFirstFiling().withConsoleFilingId("DROP-DUP-3").build() + "]";

		drop("bulk-dup.json", bulk);

		await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(DROP.resolve("failed/bulk-dup.json")));
		assertThat(Files.readString(DROP.resolve("failed/bulk-dup.json.errors.json"))).contains("\"index\" : 1",
				"Duplicate field 'province'");
		assertThat(filings.findByConsoleFilingId("DROP-DUP-1")).isPresent();
		assertThat(filings.findByConsoleFilingId("DROP-DUP-3")).isPresent();
		assertThat(filings.findByConsoleFilingId("DROP-DUP-2")).isEmpty();
	}

	private static void drop(String name, String content) throws Exception {
		// write then rename, as a careful uploader would: the route never sees half a file
		Path partial = DROP.resolve(name + ".part");
		Files.writeString(partial, content, StandardCharsets.UTF_8);
		Files.move(partial, DROP.resolve(name));
	}

	private static Path createDropFolder() {
		try {
			return Files.createTempDirectory("bridge-drop");
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
