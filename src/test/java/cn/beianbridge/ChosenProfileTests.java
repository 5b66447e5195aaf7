package cn.beianbridge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code java -jar} runs {@link BeianBridgeApplication#main}: without exactly one of demo and mysql it refuses. */
@ExtendWith(OutputCaptureExtension.class)
class ChosenProfileTests {

	@Test
	void withoutAProfileItRefusesAndSaysToChooseDemoOrMysql(CapturedOutput output) {
		assertThatThrownBy(() -> BeianBridgeApplication.main(new String[0])).isInstanceOf(StartupRefused.class)
			.hasMessageContaining("No profile chosen")
			.hasMessageContaining("choose demo or mysql");
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("--spring.profiles.active=demo")
			.contains("--spring.profiles.active=mysql");
	}

	@Test
	void anotherProfileAloneIsNoChoice() {
		assertThatThrownBy(() -> BeianBridgeApplication.main(new String[] { "--spring.profiles.active=prod" }))
			.isInstanceOf(StartupRefused.class)
			.hasMessageContaining("No profile chosen (active: [prod])");
	}

	@Test
	void demoAndMysqlTogetherAreRefused() {
		assertThatThrownBy(() -> BeianBridgeApplication.main(new String[] { "--spring.profiles.active=demo,mysql" }))
			.isInstanceOf(StartupRefused.class)
			.hasMessageContaining("Profiles demo and mysql are both active");
	}

}
