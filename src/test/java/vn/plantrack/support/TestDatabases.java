package vn.plantrack.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The databases every database test runs on: a private in-memory H2 (always) and a private schema in the
 * PostgreSQL named by PLANTRACK_TEST_PG_URL, PLANTRACK_TEST_PG_USER, PLANTRACK_TEST_PG_PASSWORD (when set).
 */
public final class TestDatabases {

	public static final String PG_URL_VARIABLE = "PLANTRACK_TEST_PG_URL";

	private TestDatabases() {
	}

	public static void h2(DynamicPropertyRegistry registry) {
		String name = "t" + UUID.randomUUID().toString().replace("-", "");
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + name
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		registry.add("spring.datasource.username", () -> "sa");
		registry.add("spring.datasource.password", () -> "");
		common(registry);
	}

	/** A fresh schema per test context, so contexts never see each other's rows. */
	public static void postgres(DynamicPropertyRegistry registry) {
		String url = System.getenv(PG_URL_VARIABLE);
		String user = System.getenv().getOrDefault("PLANTRACK_TEST_PG_USER", "postgres");
		String password = System.getenv().getOrDefault("PLANTRACK_TEST_PG_PASSWORD", "");
		String schema = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE SCHEMA " + schema);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot prepare PostgreSQL test schema at " + url, ex);
		}
		String separator = url.contains("?") ? "&" : "?";
		registry.add("spring.datasource.url", () -> url + separator + "currentSchema=" + schema);
		registry.add("spring.datasource.username", () -> user);
		registry.add("spring.datasource.password", () -> password);
		registry.add("spring.flyway.default-schema", () -> schema);
		registry.add("spring.flyway.schemas", () -> schema);
		common(registry);
	}

	private static void common(DynamicPropertyRegistry registry) {
		registry.add("plantrack.data-dir", () -> "target/test-data/" + UUID.randomUUID());
		registry.add("PLANTRACK_ADMIN_PASSWORD", () -> TestUsers.ADMIN_PASSWORD);
		registry.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
	}
}
