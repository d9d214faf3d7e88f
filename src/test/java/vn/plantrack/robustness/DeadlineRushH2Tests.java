package vn.plantrack.robustness;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.plantrack.support.TestDatabases;

class DeadlineRushH2Tests extends DeadlineRushIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
		// the lock timeout the embedded server runs with (application.properties): writers queue on the audit chain
		String name = "rush" + java.util.UUID.randomUUID().toString().replace("-", "");
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + name
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000");
		// the server's own pool size (application.properties: more connections than request threads), not the 4
		// the other database tests make do with
		registry.add("spring.datasource.hikari.maximum-pool-size", () -> "50");
	}
}
