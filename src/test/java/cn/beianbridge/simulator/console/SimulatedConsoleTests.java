package cn.beianbridge.simulator.console;

import java.time.Clock;

import org.junit.jupiter.api.Test;

import cn.beianbridge.collection.ConsoleSettings;
import cn.beianbridge.province.ConfiguredProvinces;
import cn.beianbridge.support.FilingJson;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo console takes the events sync sends back, behind the same token as its filings. */
class SimulatedConsoleTests {

	final SimulatedConsole console = new SimulatedConsole(new SimulatedFilings(ConfiguredProvinces.catalogue(), "驳回", FilingJson.SIMULATED_BUREAU_PASSWORD_MD5),
			new ConsoleSettings("http://localhost/simulator/console", "demo-token", 50, 200), Clock.systemUTC());

	@Test
	void anEventWithTheTokenIsAcknowledged() {
		assertThat(console.bureauEvent("SIM-1", "{\"type\":\"HELD\"}", "Bearer demo-token", "e-1").getStatusCode().value())
			.isEqualTo(200);
	}

	@Test
	void anEventWithoutTheTokenIsRefused() {
		assertThat(console.bureauEvent("SIM-1", "{}", "Bearer wrong", "e-1").getStatusCode().value()).isEqualTo(401);
		assertThat(console.bureauEvent("SIM-1", "{}", null, "e-1").getStatusCode().value()).isEqualTo(401);
	}

}
