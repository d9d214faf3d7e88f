package vn.plantrack.registry;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.plantrack.support.TestDatabases;

class PlanConfirmationH2IntegrationTests extends PlanConfirmationIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}
}
