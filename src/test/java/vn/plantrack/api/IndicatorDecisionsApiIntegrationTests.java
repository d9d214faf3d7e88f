package vn.plantrack.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.plantrack.api.ApiClient.Login;
import vn.plantrack.registry.DocumentImport;
import vn.plantrack.registry.PlanConfirmation;
import vn.plantrack.registry.Role;
import vn.plantrack.registry.UserAccounts;
import vn.plantrack.tracking.MutableClock;
import vn.plantrack.tracking.SonLaPlans;

/**
 * Indicators whose lead agency was split in Sơn La's 2025 reorganisation (V10: Sở LĐ-TB&XH → Sở Nội vụ, Sở Y tế,
 * Sở Giáo dục và Đào tạo from 1/3/2025) wait in the MONITOR's decision queue instead of going to a guessed
 * successor; a merged agency's indicator (Sở KH&ĐT → Sở Tài chính) does not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "plantrack.samples.import-on-first-start=false")
@Import(MutableClock.Config.class)
abstract class IndicatorDecisionsApiIntegrationTests {

	static final String PASSWORD = "reporter-Password-1";

	static final String LABOUR = "Sở Lao động - Thương binh và Xã hội";

	static final Map<String, Object> VALUE = Map.of("periodKind", "YEAR", "year", 2025, "index", 0, "kind", "ACTUAL",
			"value", 62.5);

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

	@Autowired
	MutableClock clock;

	ApiClient api;

	long trained;

	long revenue;

	Login monitor;

	@BeforeEach
	void aPlanWithIndicatorsOfReorganisedAgencies() throws Exception {
		clock.setDay(LocalDate.of(2026, 6, 1));
		api = new ApiClient(port);
		long plan = SonLaPlans.register(documentImport, confirmation, jdbc, SonLaPlans.indicatorsOfReorganisedAgencies());
		trained = SonLaPlans.indicator(jdbc, plan, 511);
		revenue = SonLaPlans.indicator(jdbc, plan, 504);
		monitor = user(Role.MONITOR, null);
	}

	@Test
	void aSplitLeadAgencyPutsTheIndicatorInTheQueueWithTheThreeReceivingDepartments() {
		JsonNode pending = pendingFor(trained, monitor);

		assertThat(pending).isNotNull();
		assertThat(pending.path("pendingAt").path("name").asString()).isEqualTo(LABOUR);
		assertThat(pending.path("kind").asString()).isEqualTo("SPLIT");
		assertThat(names(pending.path("candidates"))).containsExactlyInAnyOrder("Sở Nội vụ", "Sở Y tế", "Sở Giáo dục và Đào tạo");
		assertThat(pendingFor(revenue, monitor)).as("a merger has one successor: no decision needed").isNull();
		JsonNode merged = ApiClient.json(api.get("/api/indicators/" + revenue + "/responsible", monitor));
		assertThat(merged.path("current").path("name").asString()).isEqualTo("Sở Tài chính");
		assertThat(merged.path("original").path("name").asString()).isEqualTo("Sở Kế hoạch và Đầu tư");
		// a LEADER reads the queue too, a REPORTER does not
		assertThat(api.get("/api/indicators/decisions", user(Role.LEADER, null)).statusCode()).isEqualTo(200);
		assertThat(api.get("/api/indicators/decisions", user(Role.REPORTER, "Sở Nội vụ")).statusCode()).isEqualTo(403);
	}

	@Test
	void untilAMonitorDecidesNoSuccessorEntersValuesAndThenOnlyTheChosenOne() {
		Login interior = user(Role.REPORTER, "Sở Nội vụ");
		Login education = user(Role.REPORTER, "Sở Giáo dục và Đào tạo");
		JsonNode before = ApiClient.json(api.get("/api/indicators/" + trained + "/responsible", education));
		assertThat(before.path("state").asString()).isEqualTo("NEEDS_DECISION");
		assertThat(before.path("current").isNull() || before.path("current").isMissingNode()).isTrue();
		assertThat(api.post("/api/indicators/" + trained + "/observations", VALUE, education).statusCode()).isEqualTo(403);
		assertThat(api.post("/api/indicators/" + trained + "/observations", VALUE, interior).statusCode()).isEqualTo(403);

		long labour = SonLaPlans.agency(jdbc, LABOUR);
		long educationId = SonLaPlans.agency(jdbc, "Sở Giáo dục và Đào tạo");
		Map<String, Object> decision = Map.of("fromAgencyId", labour, "toAgencyId", educationId, "reason",
				"Giáo dục nghề nghiệp chuyển về Sở Giáo dục và Đào tạo từ 01/3/2025");
		assertThat(api.post("/api/indicators/" + trained + "/reassign", decision, education).statusCode()).isEqualTo(403);
		HttpResponse<String> notACandidate = api.post("/api/indicators/" + trained + "/reassign",
				Map.of("fromAgencyId", labour, "toAgencyId", SonLaPlans.agency(jdbc, "Sở Tài chính"), "reason", "nhầm"), monitor);
		assertThat(notACandidate.statusCode()).isEqualTo(422);
		assertThat(decisionCount()).isZero();

		HttpResponse<String> decided = api.post("/api/indicators/" + trained + "/reassign", decision, monitor);

		assertThat(decided.statusCode()).isEqualTo(200);
		JsonNode lead = ApiClient.json(decided);
		assertThat(lead.path("current").path("name").asString()).isEqualTo("Sở Giáo dục và Đào tạo");
		assertThat(lead.path("original").path("name").asString()).isEqualTo(LABOUR);
		assertThat(lead.path("nameAsWritten").asString()).isEqualTo(LABOUR);
		assertThat(pendingFor(trained, monitor)).isNull();
		assertThat(api.post("/api/indicators/" + trained + "/observations", VALUE, education).statusCode()).isEqualTo(200);
		assertThat(api.post("/api/indicators/" + trained + "/observations", VALUE, interior).statusCode()).isEqualTo(403);
		assertThat(api.post("/api/indicators/" + trained + "/reassign", decision, monitor).statusCode())
			.as("decided already").isEqualTo(409);
		assertThat(decisionCount()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'INDICATOR_REASSIGNED' AND entity_id = ?")
			.param(Long.toString(trained)).query(Long.class).single()).isEqualTo(1);
	}

	private long decisionCount() {
		return jdbc.sql("SELECT COUNT(*) FROM indicator_assignment_decision WHERE indicator_id = ?")
			.param(trained).query(Long.class).single();
	}

	private JsonNode pendingFor(long indicator, Login login) {
		HttpResponse<String> queue = api.get("/api/indicators/decisions", login);
		assertThat(queue.statusCode()).isEqualTo(200);
		for (JsonNode pending : ApiClient.json(queue)) {
			if (pending.path("indicatorId").asLong() == indicator) {
				return pending;
			}
		}
		return null;
	}

	private static List<String> names(JsonNode agencies) {
		List<String> names = new ArrayList<>();
		agencies.forEach(agency -> names.add(agency.path("name").asString()));
		return names;
	}

	private Login user(Role role, String agency) {
		String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		Long agencyId = agency == null ? null : SonLaPlans.agency(jdbc, agency);
		users.create(name, PASSWORD, role, agencyId, "test");
		return new Login(name, PASSWORD);
	}
}
