package cn.beianbridge.bureau.simulator;

import java.time.Clock;
import java.util.Random;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ws.server.endpoint.adapter.MessageEndpointAdapter;

import cn.beianbridge.province.ProvinceCatalogue;

/**
 * The simulated bureaus: one SOAP service per province under {@code spring.webservices.path}
 * ({@code /simulator/bureau/<code>/ISPWebService/upDownLoad} and {@code .../BeianStatusWebService/queryBeianStatus}),
 * their admin endpoint, and the parts behind them. Only with {@code bridge.simulators.enabled=true}: never in
 * production configuration (the {@code mysql} profile sets it false).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "bridge.simulators.enabled", havingValue = "true")
class BureauSimulatorConfiguration {

	@Bean
	BureauSimulator bureauSimulator(ProvinceCatalogue provinces) {
		return new BureauSimulator(provinces);
	}

	@Bean
	SimulatedBureau simulatedBureau(SimulatorUploadMapper uploads, SimulatorRegisterMapper register,
			SimulatorDownloadMapper downloads, BureauSimulator simulator, BureauSimulatorSettings settings,
			PlatformTransactionManager transactions, Clock clock) {
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		FilingRegister filings = new FilingRegister(register, new IcpSerials(register), settings);
		ReviewBoard board = new ReviewBoard(uploads,
				new ResultDelivery(new DownloadQueue(downloads), settings, new Random()),
				new Reviewer(filings, simulator, settings), settings);
		return new SimulatedBureau(new UploadDesk(uploads, new ReviewQueue(uploads), transaction, clock),
				new DownloadDesk(uploads, downloads, board, transaction, clock),
				new StatusDesk(filings, new PasswordCheckLimiter(settings.passwordChecksPerMinute()), clock));
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
