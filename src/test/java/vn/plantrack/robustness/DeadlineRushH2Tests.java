package vn.plantrack.robustness;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.plantrack.support.TestDatabases;

class DeadlineRushH2Tests extends DeadlineRushIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
		// the server's own pool size (Hikari's default), not the 4 the other database tests make do with
		registry.add("spring.datasource.hikari.maximum-pool-size", () -> "10");
	}
}
