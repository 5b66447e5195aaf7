package cn.beianbridge;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

import cn.beianbridge.shared.ProductionReadiness;
import cn.beianbridge.shared.ReadinessFindings;

/**
 * Asks every {@link ProductionReadiness} contribution before any other bean is made, so a node with a bad setting
 * refuses at once with all of them, before Flyway touches the database or a route calls a peer; the allowed risks are
 * logged once each.
 */
class ProductionReadinessCheck implements BeanFactoryPostProcessor, EnvironmentAware, Ordered {

	private static final Logger log = LoggerFactory.getLogger(ProductionReadinessCheck.class);

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		ReadinessFindings findings = new ReadinessFindings();
		beanFactory.getBeansOfType(ProductionReadiness.class, false, false)
			.values()
			.forEach(contribution -> contribution.check(environment, findings));
		findings.warnings().forEach(warning -> log.warn("Production: {}", warning));
		List<String> refusals = findings.refusals();
		if (!refusals.isEmpty()) {
			throw new StartupRefused("The mysql profile (production) does not start: " + refusals.size()
					+ " setting(s) missing or unsafe:\n - " + String.join("\n - ", refusals),
					"Set each of them (as the property or its environment variable) and start again; the demo is "
							+ "--spring.profiles.active=demo.");
		}
	}

	/** After Boot's own post-processors, which finish the environment and the bean definitions. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
