package vn.plantrack.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import vn.plantrack.api.ApiClient.Login;
import vn.plantrack.registry.DocumentImport;
import vn.plantrack.registry.PlanConfirmation;
import vn.plantrack.registry.Role;
import vn.plantrack.registry.UserAccounts;
import vn.plantrack.support.TestDatabases;
import vn.plantrack.tracking.MutableClock;
import vn.plantrack.tracking.SonLaPlans;

/**
 * GET /api/overview over real HTTP. The controller reuses the JSON it wrote while the overview it was written
 * from is still current: the answer must still follow every change at once, never serve the old bytes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "plantrack.samples.import-on-first-start=false")
@Import(MutableClock.Config.class)
class OverviewApiH2Tests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAccounts users;

	@Autowired
	DocumentImport documentImport;

	@Autowired
	PlanConfirmation confirmation;

	@Test
	void theOverviewCountsThePlanAndShowsACancelledTaskAtTheNextRequest() throws Exception {
		ApiClient api = new ApiClient(port);
		long plan = SonLaPlans.register(documentImport, confirmation, jdbc, SonLaPlans.seed002());
		users.create("monitor-overview", "monitor-Password-1", Role.MONITOR, null, "test");
		Login monitor = new Login("monitor-overview", "monitor-Password-1");

		HttpResponse<String> first = api.get("/api/overview", monitor);
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
		JsonNode before = ApiClient.json(first);
		// the fixture plan holds six rows of seed 002's appendix: lines 307, 312, 316, 385, 391, 395
		assertThat(before.path("plans").asInt()).isEqualTo(1);
		assertThat(before.path("tasks").asInt()).isEqualTo(6);
		assertThat(before.path("tasksByClass").path("CANCELLED").asInt(0)).isZero();
		// nothing changed: the same answer
		assertThat(api.get("/api/overview", monitor).body()).isEqualTo(first.body());

		// 002:312 "Chuẩn bị tổ chức Hội nghị xúc tiến đầu tư tỉnh Sơn La năm 2021" cancelled by the MONITOR
		long task = SonLaPlans.task(jdbc, plan, 312);
		assertThat(api.post("/api/tasks/" + task + "/status",
				Map.of("status", "CANCELLED", "version", 0, "reason", "Không còn phù hợp"), monitor).statusCode())
			.isEqualTo(200);

		JsonNode after = ApiClient.json(api.get("/api/overview", monitor));
		assertThat(after.path("tasks").asInt()).isEqualTo(6);
		assertThat(after.path("tasksByClass").path("CANCELLED").asInt()).isEqualTo(1);
		assertThat(after.path("planLines").get(0).path("documentId").asLong()).isEqualTo(plan);
	}
}
