package org.treatylens.system;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the current thread prepares: every test context's
 * {@link DataSource} is wrapped (see {@link StatementCounterContextCustomizerFactory}),
 * and a test asks how many statements a request took with {@link #count(Callable)}.
 * MockMvc serves a request on the test's thread, so background work (the job worker) is
 * not counted.
 */
public final class StatementCounter {

	private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

	private StatementCounter() {
	}

	/**
	 * Runs {@code work} and gives the number of statements it prepared on this thread.
	 */
	public static int count(Callable<?> work) throws Exception {
		int[] count = new int[1];
		COUNT.set(count);
		try {
			work.call();
		}
		finally {
			COUNT.remove();
		}
		return count[0];
	}

	static DataSource counting(DataSource target) {
		return new DelegatingDataSource(target) {

			@Override
			public Connection getConnection() throws SQLException {
				return counting(super.getConnection());
			}

			@Override
			public Connection getConnection(String username, String password) throws SQLException {
				return counting(super.getConnection(username, password));
			}

		};
	}

	private static Connection counting(Connection connection) {
		InvocationHandler handler = (proxy, method, args) -> {
			String name = method.getName();
			if (name.equals("prepareStatement") || name.equals("createStatement") || name.equals("prepareCall")) {
				int[] count = COUNT.get();
				if (count != null) {
					count[0]++;
				}
			}
			try {
				return method.invoke(connection, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getTargetException();
			}
		};
		return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
				new Class<?>[] { Connection.class }, handler);
	}

}
