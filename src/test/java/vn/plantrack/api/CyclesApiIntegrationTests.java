package vn.plantrack.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
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
 * Reporting cycles of seed 000 (000:367: 6-monthly before 15/6, yearly before 15/12) and the agencies'
 * submissions over real HTTP: draft → submitted → returned → accepted, all-or-nothing, own agency only,
 * timeliness per agency.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "plantrack.samples.import-on-first-start=false")
@Import(MutableClock.Config.class)
abstract class CyclesApiIntegrationTests {

	static final String PASSWORD = "reporter-Password-1";

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

	long plan;

	Login finance;

	Login construction;

	Login monitor;

	@BeforeEach
	void plan000WithItsSchedule() throws Exception {
		clock.setDay(LocalDate.of(2026, 6, 1));
		api = new ApiClient(port);
		plan = SonLaPlans.register(documentImport, confirmation, jdbc, SonLaPlans.seed000());
		finance = user(Role.REPORTER, "Đảng ủy Sở Tài chính");
		construction = user(Role.REPORTER, "Đảng ủy Sở Xây dựng");
		monitor = user(Role.MONITOR, null);
		// 000:367 "định kỳ 6 tháng (trước ngày 15/6)"
		HttpResponse<String> schedule = api.post("/api/cycles/schedules",
				Map.of("documentId", plan, "frequency", "SEMIANNUAL", "dueDay", 15, "dueMonth", 6, "sourceLine", 367), monitor);
		assertThat(schedule.statusCode()).isEqualTo(200);
	}

	@Test
	void aSixMonthCycleHasTheNd09WindowThePlansDueDayAndTheLeadAgenciesToReport() {
		HttpResponse<String> opened = openSixMonthCycle();

		assertThat(opened.statusCode()).isEqualTo(201);
		JsonNode cycle = ApiClient.json(opened);
		assertThat(cycle.path("windowStart").asString()).isEqualTo("2025-12-15");
		assertThat(cycle.path("windowEnd").asString()).isEqualTo("2026-06-14");
		assertThat(cycle.path("dueBefore").asString()).isEqualTo("2026-06-15");
		// lead agencies of 000:411, 415, 420
		assertThat(cycle.path("agencies")).extracting(a -> a.path("name").asString())
			.containsExactly("Đảng ủy Sở Tài chính", "Đảng ủy Sở Xây dựng");
		assertThat(openSixMonthCycle().statusCode()).as("the same period twice").isEqualTo(409);
	}

	@Test
	void aCycleWithoutScheduleOrDueDayIsRefusedAndOnlyAMonitorOpensOne() {
		HttpResponse<String> yearly = api.post("/api/cycles",
				Map.of("documentId", plan, "frequency", "YEARLY", "year", 2026), monitor);
		assertThat(yearly.statusCode()).isEqualTo(422);
		assertThat(ApiClient.json(yearly).path("detail").asString()).contains("chưa có lịch báo cáo năm");

		assertThat(api.post("/api/cycles", Map.of("documentId", plan, "frequency", "SEMIANNUAL", "year", 2026, "index", 1),
				finance).statusCode()).isEqualTo(403);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM reporting_cycle WHERE document_id = ?").param(plan).query(Long.class).single())
			.isZero();
	}

	@Test
	void aMonthlyScheduleLikeSeed001sGivesTheEighteenthOfTheMonth() {
		// 001:1980 "gửi Sở Tài chính trước ngày 18 hàng tháng"
		api.post("/api/cycles/schedules", Map.of("documentId", plan, "frequency", "MONTHLY", "dueDay", 18), monitor);

		JsonNode cycle = ApiClient.json(api.post("/api/cycles",
				Map.of("documentId", plan, "frequency", "MONTHLY", "year", 2026, "index", 7), monitor));

		assertThat(cycle.path("windowStart").asString()).isEqualTo("2026-06-15");
		assertThat(cycle.path("windowEnd").asString()).isEqualTo("2026-07-14");
		assertThat(cycle.path("dueBefore").asString()).isEqualTo("2026-07-18");
	}

	@Test
	void aReportIsWrittenIntoTheRegistryOnlyWhenAccepted() {
		long cycle = ApiClient.json(openSixMonthCycle()).path("id").asLong();
		long task = SonLaPlans.task(jdbc, plan, 411);
		long revenue = SonLaPlans.indicator(jdbc, plan, 504);
		long id = ApiClient.json(api.post("/api/cycles/" + cycle + "/submissions",
				draft(task, 20, revenue, "3850"), finance)).path("id").asLong();
		clock.setDay(LocalDate.of(2026, 6, 10));

		assertThat(status(api.post("/api/submissions/" + id + "/submit", "", finance))).isEqualTo("SUBMITTED");
		assertThat(progressOf(task)).as("not official before acceptance").isZero();

		HttpResponse<String> noComment = api.post("/api/submissions/" + id + "/return", Map.of("comment", " "), monitor);
		assertThat(noComment.statusCode()).isEqualTo(422);
		HttpResponse<String> returned = api.post("/api/submissions/" + id + "/return",
				Map.of("comment", "Số thu ngân sách chưa khớp số liệu của Thuế tỉnh"), monitor);
		assertThat(status(returned)).isEqualTo("RETURNED");
		assertThat(ApiClient.json(returned).path("reviewComment").asString()).contains("Thuế tỉnh");

		api.post("/api/cycles/" + cycle + "/submissions", draft(task, 20, revenue, "3900"), finance);
		assertThat(status(api.post("/api/submissions/" + id + "/submit", "", finance))).isEqualTo("SUBMITTED");
		HttpResponse<String> accepted = api.post("/api/submissions/" + id + "/accept", "", monitor);

		assertThat(status(accepted)).isEqualTo("ACCEPTED");
		assertThat(progressOf(task)).isEqualTo(20);
		assertThat(jdbc.sql("SELECT status FROM task WHERE id = ?").param(task).query(String.class).single())
			.isEqualTo("IN_PROGRESS");
		assertThat(jdbc.sql("""
				SELECT obs_value FROM observation WHERE indicator_id = ? AND period_kind = 'HALF' AND period_year = 2026
				AND period_index = 1 AND kind = 'ACTUAL'""").param(revenue).query(BigDecimal.class).single())
			.isEqualByComparingTo("3900");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM progress_update WHERE submission_id = ?").param(id).query(Long.class).single())
			.isEqualTo(1);
		assertThat(api.post("/api/submissions/" + id + "/accept", "", monitor).statusCode()).as("accepted once").isEqualTo(409);
	}

	@Test
	void oneLineAboutAnotherAgencysWorkRefusesTheWholeReport() {
		long cycle = ApiClient.json(openSixMonthCycle()).path("id").asLong();
		long own = SonLaPlans.task(jdbc, plan, 411);
		long others = SonLaPlans.task(jdbc, plan, 415); // 000:415 lead Đảng ủy Sở Xây dựng
		long revenue = SonLaPlans.indicator(jdbc, plan, 504);
		long urbanisation = SonLaPlans.indicator(jdbc, plan, 505); // lead Đảng ủy Sở Xây dựng

		Map<String, Object> withOthersTask = Map.of("narrative", "Báo cáo 6 tháng", "tasks",
				List.of(Map.of("taskId", own, "percent", 10, "narrative", "Đã triển khai"),
						Map.of("taskId", others, "percent", 50, "narrative", "Không phải việc của tôi")));
		assertThat(api.post("/api/cycles/" + cycle + "/submissions", withOthersTask, finance).statusCode()).isEqualTo(403);
		Map<String, Object> withOthersIndicator = Map.of("narrative", "Báo cáo 6 tháng", "indicators",
				List.of(Map.of("indicatorId", revenue, "kind", "ACTUAL", "value", 3850),
						Map.of("indicatorId", urbanisation, "kind", "ACTUAL", "value", 21.5)));
		assertThat(api.post("/api/cycles/" + cycle + "/submissions", withOthersIndicator, finance).statusCode()).isEqualTo(403);
		HttpResponse<String> badPercent = api.post("/api/cycles/" + cycle + "/submissions", draft(own, 150, revenue, "1"), finance);
		assertThat(badPercent.statusCode()).isEqualTo(422);

		assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE cycle_id = ?").param(cycle).query(Long.class).single()).isZero();
		assertThat(progressOf(own)).isZero();
	}

	@Test
	void aReporterOfAnotherAgencyCanNeitherReadNorMoveSomeoneElsesReport() {
		long cycle = ApiClient.json(openSixMonthCycle()).path("id").asLong();
		long id = ApiClient.json(api.post("/api/cycles/" + cycle + "/submissions",
				draft(SonLaPlans.task(jdbc, plan, 411), 10, SonLaPlans.indicator(jdbc, plan, 504), "100"), finance))
			.path("id")
			.asLong();

		assertThat(api.get("/api/submissions/" + id, construction).statusCode()).isEqualTo(403);
		assertThat(api.post("/api/submissions/" + id + "/submit", "", construction).statusCode()).isEqualTo(403);
		assertThat(api.post("/api/submissions/" + id + "/accept", "", construction).statusCode()).isEqualTo(403);
		assertThat(api.post("/api/submissions/" + id + "/return", Map.of("comment", "x"), construction).statusCode())
			.isEqualTo(403);
		assertThat(api.post("/api/cycles/" + cycle + "/submissions", Map.of("agencyId",
				SonLaPlans.agency(jdbc, "Đảng ủy Sở Tài chính"), "narrative", "giả mạo"), construction).statusCode())
			.isEqualTo(403);
		assertThat(ApiClient.json(api.get("/api/cycles/" + cycle + "/submissions", construction))).isEmpty();
		assertThat(jdbc.sql("SELECT status || '/' || narrative FROM submission WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("DRAFT/Báo cáo 6 tháng đầu năm 2026");
	}

	@Test
	void timelinessIsOnTimeBeforeTheDueDayLateOnItAndMissingAfterItWithoutReport() {
		long cycle = ApiClient.json(openSixMonthCycle()).path("id").asLong();
		long financeDraft = ApiClient.json(api.post("/api/cycles/" + cycle + "/submissions",
				draft(SonLaPlans.task(jdbc, plan, 411), 10, SonLaPlans.indicator(jdbc, plan, 504), "100"), finance))
			.path("id")
			.asLong();
		assertThat(timeliness(cycle, monitor)).containsEntry("Đảng ủy Sở Xây dựng", "PENDING");

		// 23:00 on 14/6 in Vietnam is still before 15/6 (16:00 UTC)
		clock.set(LocalDate.of(2026, 6, 14), LocalTime.of(23, 0));
		api.post("/api/submissions/" + financeDraft + "/submit", "", finance);
		clock.set(LocalDate.of(2026, 6, 16), LocalTime.of(8, 0));
		Map<String, String> afterDueDay = timeliness(cycle, monitor);

		assertThat(afterDueDay).containsEntry("Đảng ủy Sở Tài chính", "ON_TIME").containsEntry("Đảng ủy Sở Xây dựng", "MISSING");
		long constructionDraft = ApiClient.json(api.post("/api/cycles/" + cycle + "/submissions",
				Map.of("narrative", "Báo cáo muộn"), construction)).path("id").asLong();
		api.post("/api/submissions/" + constructionDraft + "/submit", "", construction);
		assertThat(timeliness(cycle, monitor)).containsEntry("Đảng ủy Sở Xây dựng", "LATE");
		assertThat(timeliness(cycle, finance)).as("a reporter sees its own line").containsOnlyKeys("Đảng ủy Sở Tài chính");
	}

	private HttpResponse<String> openSixMonthCycle() {
		return api.post("/api/cycles", Map.of("documentId", plan, "frequency", "SEMIANNUAL", "year", 2026, "index", 1),
				monitor);
	}

	private static Map<String, Object> draft(long task, int percent, long indicator, String value) {
		return Map.of("narrative", "Báo cáo 6 tháng đầu năm 2026", "tasks",
				List.of(Map.of("taskId", task, "percent", percent, "narrative", "Đã ban hành kế hoạch thực hiện")),
				"indicators", List.of(Map.of("indicatorId", indicator, "kind", "ACTUAL", "value", new BigDecimal(value))));
	}

	private Map<String, String> timeliness(long cycle, Login login) {
		Map<String, String> byAgency = new java.util.LinkedHashMap<>();
		for (JsonNode line : ApiClient.json(api.get("/api/cycles/" + cycle + "/timeliness", login))) {
			byAgency.put(line.path("agency").asString(), line.path("timeliness").asString());
		}
		return byAgency;
	}

	private static String status(HttpResponse<String> response) {
		return ApiClient.json(response).path("status").asString();
	}

	private int progressOf(long task) {
		return jdbc.sql("SELECT progress FROM task WHERE id = ?").param(task).query(Integer.class).single();
	}

	private Login user(Role role, String agency) {
		String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		Long agencyId = agency == null ? null : SonLaPlans.agency(jdbc, agency);
		users.create(name, PASSWORD, role, agencyId, "test");
		return new Login(name, PASSWORD);
	}
}
