package vn.plantrack.web;

import java.sql.DatabaseMetaData;
import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * The browser sessions: Spring Session JDBC as Boot configures it (tables from Flyway, shared by the nodes), read
 * through {@link HeldSessionRepository} on each node, and with attribute writes that tolerate concurrency.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SessionStoreConfig {

	/**
	 * H2 has no {@code ON CONFLICT}: a MERGE on the key (the writes of one session on the one node an embedded H2
	 * allows are also serialised by {@link HeldSessionRepository}).
	 */
	static final String H2_UPSERT_ATTRIBUTE = """
			MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)
			""";

	/**
	 * Wraps the JDBC repository Spring Session made (Boot's settings and the expired-session cleanup stay as
	 * they are); declaring another SessionRepository bean would switch Boot's JDBC session configuration off.
	 */
	@Bean
	static BeanPostProcessor heldSessions(Environment environment) {
		Duration recheckAfter = DurationStyle.detectAndParse(
				environment.getProperty("plantrack.sessions.recheck-after", "10s"));
		Duration touchAfter = DurationStyle.detectAndParse(environment.getProperty("plantrack.sessions.touch-after", "1m"));
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof JdbcIndexedSessionRepository jdbc) {
					return new HeldSessionRepository(jdbc, recheckAfter, touchAfter, System::nanoTime, Clock.systemUTC());
				}
				return bean;
			}
		};
	}

	/**
	 * Concurrent requests of a fresh session (a page and its htmx fragments) each store the CSRF token they
	 * made; with a plain INSERT all but the first failed on the attributes' primary key and answered an error
	 * page. An upsert lets the last one win.
	 */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> concurrentAttributeWrites(DataSource dataSource) {
		return repository -> {
			String product = databaseProduct(dataSource);
			if (product.contains("postgresql")) {
				new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(repository);
			}
			else if (product.contains("h2")) {
				repository.setCreateSessionAttributeQuery(H2_UPSERT_ATTRIBUTE);
			}
		};
	}

	private static String databaseProduct(DataSource dataSource) {
		try {
			return JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName).toLowerCase();
		}
		catch (MetaDataAccessException ex) {
			throw new IllegalStateException("cannot tell which database holds the sessions", ex);
		}
	}
}
