package cn.beianbridge.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the statements the application sends through its {@link DataSource}, by the thread that sends them: each
 * execute (a JDBC batch is one: the driver rewrites it into one statement), each commit and rollback, each change of
 * auto-commit (the driver sends it as {@code SET autocommit}). What a server's {@code Questions} counts, less the
 * driver's own queries at connect, but split by thread, so the simulated bureaus' statements (on the web server's
 * request threads, {@link #SERVER_THREADS}) are told from the bridge's.
 */
public final class StatementCounter implements BeanPostProcessor {

	/** Prefix of the embedded web server's request threads: the simulated bureaus answer on them. */
	public static final String SERVER_THREADS = "http-";

	private final Map<String, LongAdder> byThread = new ConcurrentHashMap<>();

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && "dataSource".equals(beanName)) {
			return proxy(DataSource.class, dataSource);
		}
		return bean;
	}

	/** Import it into a test ({@code @Import(StatementCounter.Configuration.class)}) and autowire the counter. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		static StatementCounter statementCounter() {
			return new StatementCounter();
		}

	}

	/** Statements sent on this thread so far. */
	public long onThisThread() {
		LongAdder count = byThread.get(Thread.currentThread().getName());
		return count == null ? 0 : count.sum();
	}

	/** Statements sent so far on threads other than the web server's: the bridge's own. */
	public long bridge() {
		return byThread.entrySet().stream().filter(e -> !e.getKey().startsWith(SERVER_THREADS))
			.mapToLong(e -> e.getValue().sum()).sum();
	}

	/** Statements sent so far on the web server's request threads: the simulated bureaus'. */
	public long server() {
		return byThread.entrySet().stream().filter(e -> e.getKey().startsWith(SERVER_THREADS))
			.mapToLong(e -> e.getValue().sum()).sum();
	}

	private void count() {
		byThread.computeIfAbsent(Thread.currentThread().getName(), name -> new LongAdder()).increment();
	}

	@SuppressWarnings("unchecked")
	private <T> T proxy(Class<T> type, T target) {
		return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] { type },
				new Counting(target));
	}

	private final class Counting implements InvocationHandler {

		private final Object target;

		Counting(Object target) {
			this.target = target;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			String name = method.getName();
			if (target instanceof Connection connection) {
				if (name.equals("commit") || name.equals("rollback")) {
					count();
				}
				else if (name.equals("setAutoCommit") && connection.getAutoCommit() != (Boolean) args[0]) {
					count();
				}
			}
			else if (target instanceof Statement && name.startsWith("execute")) {
				count();
			}
			Object result;
			try {
				result = method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getTargetException();
			}
			if (result instanceof Connection connection && name.equals("getConnection")) {
				return proxy(Connection.class, connection);
			}
			if (result instanceof Statement statement && target instanceof Connection
					&& (name.equals("createStatement") || name.startsWith("prepare"))) {
				return proxy(statementType(statement), statement);
			}
			return result;
		}

		@SuppressWarnings("unchecked")
		private static <S extends Statement> Class<S> statementType(Statement statement) {
			if (statement instanceof java.sql.CallableStatement) {
				return (Class<S>) java.sql.CallableStatement.class;
			}
			if (statement instanceof java.sql.PreparedStatement) {
				return (Class<S>) java.sql.PreparedStatement.class;
			}
			return (Class<S>) Statement.class;
		}

	}

}
