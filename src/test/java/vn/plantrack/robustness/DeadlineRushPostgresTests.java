package vn.plantrack.robustness;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.plantrack.support.TestDatabases;

@EnabledIfEnvironmentVariable(named = TestDatabases.PG_URL_VARIABLE, matches = ".+")
class DeadlineRushPostgresTests extends DeadlineRushIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.postgres(registry);
		// the server's own pool size (application.properties: more connections than request threads), not the 4
		// the other database tests make do with
		registry.add("spring.datasource.hikari.maximum-pool-size", () -> "50");
	}
}
