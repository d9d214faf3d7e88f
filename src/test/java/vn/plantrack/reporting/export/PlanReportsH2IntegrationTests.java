package vn.plantrack.reporting.export;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.plantrack.support.TestDatabases;

class PlanReportsH2IntegrationTests extends PlanReportsIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}
}
