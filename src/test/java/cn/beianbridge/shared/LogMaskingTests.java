package cn.beianbridge.shared;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;

import cn.beianbridge.bureau.BureauCall;
import cn.beianbridge.bureau.BureauReturn.FileInfo;
import cn.beianbridge.filing.FilingContacts;
import cn.beianbridge.filing.FilingDocument;

import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static org.assertj.core.api.Assertions.assertThat;

/** The logging safety net and the records that hold personal data: what a log line can show of a person. */
class LogMaskingTests {

	static final String ID = "110101199003074518";

	@Test
	void residentIdsMobilesAndEmailsInFreeTextAreMasked() {
		String line = "Bureau said: 证件号码 " + ID + " 手机 13912345678 (+86 13812345678), 邮箱 zhang.san@example.cn; "
				+ "lower-case x: 11010119900307451x";

		assertThat(LogMasking.masked(line)).isEqualTo("Bureau said: 证件号码 110***********4518 手机 139****5678 "
				+ "(138****5678), 邮箱 z***@example.cn; lower-case x: 110***********451x");
	}

	@Test
	void numbersThatAreNotPersonalDataStay() {
		String line = "file 33BAJG20261130100000123.zip, sequence 1764576000000, batch 20261130100000123456, "
				+ "ICP 浙ICP备2026000001号-1, credit code 91330100MA2000001X, event 7c0e1234-5678-9abc-def0-123456789abc";

		assertThat(LogMasking.masked(line)).isEqualTo(line);
	}

	@Test
	void theLogConfigurationOfEveryProfileMasksMessagesAndStackTraces() throws Exception {
		// logback-spring.xml itself, on a logger context of its own, writing to a captured System.out
		ByteArrayOutputStream written = new ByteArrayOutputStream();
		PrintStream console = System.out;
		System.setOut(new PrintStream(written, true, StandardCharsets.UTF_8));
		LoggerContext context = new LoggerContext();
		context.setMDCAdapter(new LogbackMDCAdapter());
		try {
			JoranConfigurator configurator = new JoranConfigurator();
			configurator.setContext(context);
			configurator.doConfigure(getClass().getResource("/logback-spring.xml"));
			context.getLogger("cn.beianbridge.test").warn("Refused: {} already filed by {}", ID, "13912345678",
					new IllegalStateException("Duplicate entry 'zhang.san@example.cn' for key 'email'"));
		}
		finally {
			System.setOut(console);
			context.stop();
		}

		assertThat(written.toString(StandardCharsets.UTF_8))
			.as(context.getStatusManager().getCopyOfStatusList().toString())
			.contains("Refused: 110***********4518 already filed by 139****5678", "z***@example.cn",
					"IllegalStateException", "at cn.beianbridge.shared.LogMaskingTests")
			.doesNotContain(ID, "13912345678", "zhang.san@example.cn");
	}

	@Test
	void theLogFileIsWrittenAndMaskedWhenOneIsConfigured() throws Exception {
		// Boot sets LOG_FILE from logging.file.name / logging.file.path
		Path file = Path.of("target", "personal-data-tests", "bridge.log");
		Files.deleteIfExists(file);
		LoggerContext context = new LoggerContext();
		context.setMDCAdapter(new LogbackMDCAdapter());
		context.putProperty("LOG_FILE", file.toString());
		PrintStream console = System.out;
		System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
		try {
			JoranConfigurator configurator = new JoranConfigurator();
			configurator.setContext(context);
			configurator.doConfigure(getClass().getResource("/logback-spring.xml"));
			context.getLogger("cn.beianbridge.test").info("Sent to {}", "zhang.san@example.cn");
		}
		finally {
			System.setOut(console);
			context.stop();
		}

		assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("Sent to z***@example.cn")
			.doesNotContain("zhang.san");
	}

	@Test
	void recordsHoldingPersonalDataDoNotPrintIt() {
		FilingDocument filing = aFirstFiling().personal().document();
		FileInfo file = new FileInfo(1, 0, 0, "33BAJG001.zip", "UEsDBBQAAAAIAA==", "abc123", null);
		FilingContacts contacts = new FilingContacts(1, "F-1", "33", filing.filingType(), "张三",
				new FilingContacts.Person("张三", "13800000001", "person1@example.cn"), List.of());

		for (Object record : List.of(filing, file, contacts, new BureauCall.QueryBeianStatus(2, ID))) {
			assertThat(record.toString()).doesNotContain(filing.entity().certificate().number(), "13800000001",
					"person1@example.cn", "张三", "UEsDBBQAAAAIAA==", ID, "西湖区");
		}
		assertThat(file.toString()).contains("33BAJG001.zip", "beianInfo=16 characters");
		assertThat(new BureauCall.QueryBeianStatus(0, "example.cn").toString()).contains("example.cn");
	}

}
