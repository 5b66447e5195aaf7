package cn.beianbridge.collection.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.beianbridge.filing.ContractCheck;
import cn.beianbridge.filing.FilingContract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A console page read as it streams: bounded in bytes and items, each item kept as the console sent it. */
class ConsolePageTests {

	@Test
	void itemsAreKeptAsTheConsoleSentThemSoARepeatedKeyIsRefusedByTheStrictContractReader() {
		ConsolePage page = read("{\"items\": [{\"consoleFilingId\": \"A\", \"consoleFilingId\": \"B\"}, {\"x\": 1}],"
				+ " \"nextCursor\": \"c2\"}", 1 << 20, 50);

		assertThat(page.items()).hasSize(2);
		assertThat(page.nextCursor()).isEqualTo("c2");
		ContractCheck check = new FilingContract(Map.of()).check(page.items().get(0));
		assertThat(check.errors()).singleElement()
			.satisfies(reason -> assertThat(reason.text()).contains("Duplicate field 'consoleFilingId'"));
	}

	@Test
	void aPageWithMoreItemsThanAskedForIsRefusedWithoutReadingThemAll() {
		// 10,000 items behind a stream that would fail if read past the 51st
		String head = "{\"items\": [" + "{\"n\": 1},".repeat(51);
		InputStream body = new SequenceInputStream(stream(head), new InputStream() {
			@Override
			public int read() {
				throw new AssertionError("read past the item that broke the limit");
			}
		});

		assertThatThrownBy(() -> ConsolePage.read(body, 1 << 20, 50, "page after=x"))
			.hasMessage("Malformed console page (page after=x): the page holds more than the 50 items asked for "
					+ "(limit=50)");
	}

	@Test
	void aPageLargerThanTheCapIsRefusedNamingTheSetting() {
		String page = "{\"items\": [{\"name\": \"" + "x".repeat(2000) + "\"}], \"nextCursor\": null}";

		assertThatThrownBy(() -> read(page, 1024, 50)).hasMessageContaining("the page is larger than 1024 bytes")
			.hasMessageContaining("bridge.console.max-page-size");
		assertThat(read(page, page.length(), 50).items()).as("exactly the cap is taken").hasSize(1);
	}

	@Test
	void thePagesOwnKeysOnceEachAndNothingAfterIt() {
		assertThatThrownBy(() -> read("{\"items\": [], \"nextCursor\": \"a\", \"nextCursor\": \"b\"}", 1024, 50))
			.hasMessageEndingWith("the key \"nextCursor\" appears twice");
		assertThatThrownBy(() -> read("{\"items\": []} {\"items\": []}", 1024, 50))
			.hasMessageEndingWith("content after the page's object");
		assertThatThrownBy(() -> read("{\"items\": [{\"a\": 1}", 1024, 50)).hasMessageContaining("the body is not JSON");
		assertThatThrownBy(() -> read("{\"itemz\": []}", 1024, 50))
			.hasMessageEndingWith("expected an object with an \"items\" array");
	}

	private static ConsolePage read(String body, long maxBytes, int limit) {
		return ConsolePage.read(stream(body), maxBytes, limit, "test");
	}

	private static InputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
