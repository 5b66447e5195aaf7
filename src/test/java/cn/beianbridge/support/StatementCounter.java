package cn.beianbridge.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the test's own thread sends, whichever of MyBatis or JdbcTemplate sends them: the
 * application's DataSource is wrapped, so each statement prepared or created on one of its connections counts once.
 * Import it ({@code @Import(StatementCounter.Configuration.class)}) and ask {@link #during}.
 */
public final class StatementCounter {

	private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");

	private static final AtomicInteger count = new AtomicInteger();

	private static volatile Thread counted;

	private StatementCounter() {
	}

	/** The statements the current thread sent while {@code work} ran, and what it returned. */
	public static <T> Counted<T> during(Supplier<T> work) {
		count.set(0);
		counted = Thread.currentThread();
		try {
			T result = work.get();
			return new Counted<>(result, count.get());
		}
		finally {
			counted = null;
		}
	}

	public record Counted<T>(T result, int statements) {
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		static BeanPostProcessor statementCountingDataSource() {
			return new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return bean instanceof DataSource dataSource ? wrap(dataSource) : bean;
				}

			};
		}

	}

	private static DataSource wrap(DataSource target) {
		return (DataSource) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
				new Class<?>[] { DataSource.class }, (proxy, method, args) -> {
					Object result = invoke(target, method, args);
					return result instanceof Connection connection ? wrap(connection) : result;
				});
	}

	private static Connection wrap(Connection target) {
		return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, args) -> {
					if (STATEMENTS.contains(method.getName()) && Thread.currentThread() == counted) {
						count.incrementAndGet();
					}
					return invoke(target, method, args);
				});
	}

	private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
