package cn.beianbridge.simulator.bureau;

import java.time.Clock;
import java.util.Random;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ws.server.endpoint.adapter.MessageEndpointAdapter;

import cn.beianbridge.filing.CancelReasons;
import cn.beianbridge.province.ProvinceCatalogue;

/**
 * The simulated bureaus: one SOAP service per province under {@code spring.webservices.path}
 * ({@code /simulator/bureau/<code>/ISPWebService/upDownLoad} and {@code .../BeianStatusWebService/queryBeianStatus}),
 * their admin endpoint, and the parts behind them. Imported by {@link cn.beianbridge.simulator.SimulatorConfiguration}
 * only, so only with the simulators' switch: never in production configuration (the {@code mysql} profile sets it
 * false).
 */
public class BureauSimulatorConfiguration {

	@Bean
	Cancellations simulatorCancellations(SimulatorRegisterMapper register, SimulatorCancellationMapper cancellations,
			ProvinceCatalogue provinces, BureauSimulatorSettings settings, PlatformTransactionManager transactions,
			Clock clock) {
		return new Cancellations(new FilingRegister(register, new IcpSerials(register), settings), cancellations,
				provinces, settings, new TransactionTemplate(transactions), clock, new Random());
	}

	@Bean
	BureauSimulator bureauSimulator(ProvinceCatalogue provinces, Cancellations cancellations) {
		return new BureauSimulator(provinces, cancellations);
	}

	@Bean
	SimulatedRegister simulatedRegister(ProvinceCatalogue provinces, SimulatorRegisterMapper register,
			BureauSimulatorSettings settings, PlatformTransactionManager transactions, Clock clock) {
		return new SimulatedRegister(provinces, new FilingRegister(register, new IcpSerials(register), settings),
				register, new TransactionTemplate(transactions), clock);
	}

	@Bean
	SimulatedBureau simulatedBureau(SimulatorUploadMapper uploads, SimulatorRegisterMapper register,
			SimulatorDownloadMapper downloads, SimulatorCancellationMapper cancelled, Cancellations cancellations,
			BureauSimulator simulator, BureauSimulatorSettings settings, CancelReasons cancelReasons,
			PlatformTransactionManager transactions, Clock clock,
			@Value("${bridge.simulators.bureau.keep-upload-payloads:true}") boolean keepUploadPayloads) {
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		FilingRegister filings = new FilingRegister(register, new IcpSerials(register), settings);
		ChangeRegister changes = new ChangeRegister(register, filings);
		Random random = new Random();
		DownloadQueue queue = new DownloadQueue(downloads);
		ReviewBoard board = new ReviewBoard(uploads, new ResultDelivery(queue, settings, random),
				new Reviewer(filings, changes, simulator, settings), settings);
		// the bureau's cancel-reason table is the one the bridge holds as data (config/cancel-reasons.yml)
		ReviewQueue reviews = new ReviewQueue(uploads, changes, settings, Set.copyOf(cancelReasons.validIds()), random,
				simulator);
		return new SimulatedBureau(new UploadDesk(uploads, reviews, transaction, clock, keepUploadPayloads),
				new DownloadDesk(uploads, downloads, board, cancellations,
						new CancellationDelivery(cancelled, queue, settings, random), simulator, transaction, clock),
				new StatusDesk(filings,
						new PasswordCheckLimiter(settings.passwordChecksPerWindow(), settings.passwordCheckWindow()),
						clock));
	}

	@Bean
	SimulatorEndpointMapping simulatorEndpointMapping(ProvinceCatalogue provinces, SimulatedBureau bureau,
			BureauSimulator simulator) {
		return new SimulatorEndpointMapping(provinces, new SimulatedBureauEndpoint(provinces, bureau, simulator));
	}

	/** Spring WS drops its default adapters once any is declared (Boot declares one for annotated endpoints). */
	@Bean
	MessageEndpointAdapter simulatorMessageEndpointAdapter() {
		return new MessageEndpointAdapter();
	}

	@Bean
	FilterRegistrationBean<SimulatorAdminForward> simulatorAdminForward(
			@Value("${spring.webservices.path:/services}") String servletPath) {
		FilterRegistrationBean<SimulatorAdminForward> registration = new FilterRegistrationBean<>(
				new SimulatorAdminForward(servletPath));
		registration.addUrlPatterns(servletPath + "/*");
		return registration;
	}

}
