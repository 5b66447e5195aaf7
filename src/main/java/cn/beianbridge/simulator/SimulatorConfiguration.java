package cn.beianbridge.simulator;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import cn.beianbridge.simulator.bureau.BureauSimulatorConfiguration;
import cn.beianbridge.simulator.console.SimulatedFilings;
import cn.beianbridge.simulator.mail.SimulatedMailbox;

/**
 * Every simulated peer, only with the simulators' switch: the bureaus, the console's filings and the mailbox. The
 * imported parts carry no stereotype, so nothing brings them in but this; the controllers that answer HTTP
 * ({@code SimulatedConsole}, {@code SimulatedSmsGateway}, {@code SimulatorAdminController}) carry the same switch.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnSimulators
@Import({ BureauSimulatorConfiguration.class, SimulatedFilings.class, SimulatedMailbox.class })
class SimulatorConfiguration {

}
