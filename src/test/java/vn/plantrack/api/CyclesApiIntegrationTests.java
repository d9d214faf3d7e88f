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
		// the cycle locked on 15/6: Sở Xây dựng reports late only after the MONITOR extends its deadline
		grant(cycle, "Đảng ủy Sở Xây dựng", "2026-06-19");
		long constructionDraft = ApiClient.json(api.post("/api/cycles/" + cycle + "/submissions",
				Map.of("narrative", "Báo cáo muộn"), construction)).path("id").asLong();
		api.post("/api/submissions/" + constructionDraft + "/submit", "", construction);
		assertThat(timeliness(cycle, monitor)).containsEntry("Đảng ủy Sở Xây dựng", "LATE");
		assertThat(timeliness(cycle, finance)).as("a reporter sees its own line").containsOnlyKeys("Đảng ủy Sở Tài chính");
	}

	@Test
	void onlyTheLeadAgencyEntersAndReadsItsIndicatorValues() {
		long revenue = SonLaPlans.indicator(jdbc, plan, 504); // 000:504 lead Đảng ủy Sở Tài chính
		String path = "/api/indicators/" + revenue + "/observations";
		Map<String, Object> value = Map.of("periodKind", "YEAR", "year", 2026, "index", 0, "kind", "ESTIMATE", "value", 7200);

		assertThat(api.post(path, value, construction).statusCode()).isEqualTo(403);
		assertThat(api.get(path, construction).statusCode()).isEqualTo(403);
		assertThat(ApiClient.json(api.get(path, monitor))).isEmpty();

		assertThat(api.post(path, value, finance).statusCode()).isEqualTo(200);
		HttpResponse<String> corrected = api.post(path,
				Map.of("periodKind", "YEAR", "year", 2026, "index", 0, "kind", "ESTIMATE", "value", 7350), finance);
		assertThat(ApiClient.json(corrected).path("value").decimalValue()).isEqualByComparingTo("7350");
		assertThat(ApiClient.json(api.get(path, finance))).hasSize(1);
		assertThat(jdbc.sql("SELECT before_state FROM audit_event WHERE action = 'INDICATOR_VALUE_RECORDED' AND entity_id = ? ORDER BY id DESC LIMIT 1")
			.param(Long.toString(revenue)).query(String.class).single()).startsWith("7200");
		HttpResponse<String> badPeriod = api.post(path,
				Map.of("periodKind", "QUARTER", "year", 2026, "index", 5, "kind", "ACTUAL", "value", 1), finance);
		assertThat(badPeriod.statusCode()).isEqualTo(422);
	}

	@Test
	void aDraftSavedOverAnOlderVersionIsRefused() {
		long cycle = ApiClient.json(openSixMonthCycle()).path("id").asLong();
		String path = "/api/cycles/" + cycle + "/submissions";
		JsonNode first = ApiClient.json(api.post(path, Map.of("narrative", "Bản nháp 1"), finance));
		assertThat(first.path("version").asInt()).isZero();
		assertThat(api.post(path, Map.of("narrative", "Bản nháp 2", "version", 0), finance).statusCode()).isEqualTo(200);

		HttpResponse<String> stale = api.post(path, Map.of("narrative", "Bản nháp cũ", "version", 0), finance);

		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(ApiClient.json(api.get("/api/submissions/" + first.path("id").asLong(), finance)).path("narrative").asString())
			.isEqualTo("Bản nháp 2");
	}

	@Test
	void aReporterOfAnotherAgencyGets403FromEveryWriteEndpointAndNothingChanges() throws Exception {
		long cycle = ApiClient.json(openSixMonthCycle()).path("id").asLong();
		long task = SonLaPlans.task(jdbc, plan, 411); // 000:411 lead Đảng ủy Sở Tài chính
		long revenue = SonLaPlans.indicator(jdbc, plan, 504); // 000:504 lead Đảng ủy Sở Tài chính
		long financeAgency = SonLaPlans.agency(jdbc, "Đảng ủy Sở Tài chính");
		long submission = ApiClient.json(api.post("/api/cycles/" + cycle + "/submissions", draft(task, 10, revenue, "1"), finance))
			.path("id")
			.asLong();
		api.post("/api/submissions/" + submission + "/submit", "", finance);
		long explanation = ApiClient.json(api.post("/api/tasks/" + task + "/explanations",
				Map.of("question", "Đề nghị giải trình", "dueBefore", "2026-07-01"), monitor)).path("id").asLong();
		String before = snapshot();

		Map<String, Object> writes = new java.util.LinkedHashMap<>();
		writes.put("/api/tasks/" + task + "/status", Map.of("status", "IN_PROGRESS", "version", 0));
		writes.put("/api/tasks/" + task + "/progress", Map.of("percent", 50, "narrative", "x", "version", 0));
		writes.put("/api/tasks/" + task + "/reassign", Map.of("fromAgencyId", financeAgency, "toAgencyId", financeAgency, "reason", "x"));
		writes.put("/api/tasks/" + task + "/explanations", Map.of("question", "x", "dueBefore", "2026-07-01"));
		writes.put("/api/explanations/" + explanation + "/answer", Map.of("answer", "x"));
		writes.put("/api/indicators/" + revenue + "/observations",
				Map.of("periodKind", "YEAR", "year", 2026, "index", 0, "kind", "ACTUAL", "value", 1));
		writes.put("/api/cycles", Map.of("documentId", plan, "frequency", "YEARLY", "year", 2026, "dueBefore", "2026-12-15"));
		writes.put("/api/cycles/schedules", Map.of("documentId", plan, "frequency", "YEARLY", "dueDay", 15, "dueMonth", 12));
		writes.put("/api/cycles/" + cycle + "/submissions", Map.of("agencyId", financeAgency, "narrative", "x"));
		writes.put("/api/submissions/" + submission + "/submit", "");
		writes.put("/api/submissions/" + submission + "/return", Map.of("comment", "x"));
		writes.put("/api/submissions/" + submission + "/accept", "");
		writes.put("/api/cycles/" + cycle + "/exceptions", Map.of("agencyId", financeAgency, "newDueDate", "2026-07-01",
				"reason", "x"));
		writes.put("/api/agencies", Map.of("locality", "son-la", "name", "Sở Mới"));
		writes.put("/api/agencies/" + financeAgency + "/aliases", Map.of("alias", "STC"));
		writes.put("/api/agencies/successions", Map.of("kind", "ABOLISH", "fromAgencyId", financeAgency,
				"effectiveDate", "2026-01-01", "source", "x"));
		for (Map.Entry<String, Object> write : writes.entrySet()) {
			assertThat(api.post(write.getKey(), write.getValue(), construction).statusCode()).as(write.getKey()).isEqualTo(403);
		}
		assertThat(api.multipart("/api/tasks/" + task + "/progress", Map.of("percent", "50", "narrative", "x", "version", "0"),
				Map.of("a.pdf", new byte[] { 1 }), construction).statusCode()).isEqualTo(403);

		assertThat(snapshot()).isEqualTo(before);
	}

	/** Every table a write endpoint touches, with the task's and the report's state. */
	private String snapshot() {
		StringBuilder state = new StringBuilder();
		for (String table : List.of("audit_event", "task", "progress_update", "evidence_file", "observation",
				"reporting_cycle", "reporting_schedule", "cycle_agency", "submission", "submission_task",
				"submission_indicator", "cycle_exception", "explanation_request", "assignment_decision", "agency", "agency_alias",
				"agency_succession")) {
			state.append(table).append('=').append(jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single()).append(' ');
		}
		state.append(jdbc.sql("SELECT status || progress || version FROM task WHERE document_id = ? ORDER BY id")
			.param(plan).query(String.class).list());
		state.append(jdbc.sql("SELECT status || version FROM submission ORDER BY id").query(String.class).list());
		state.append(jdbc.sql("SELECT COUNT(*) FROM explanation_request WHERE answer IS NOT NULL").query(Long.class).single());
		return state.toString();
	}

	@Test
	void withTheWorkingDayRuleADeadlineOnASundayMovesToMonday() {
		// "trước ngày 15/6" (000:367): the last day, 14/6/2026, is a Sunday, so Monday 15/6 is still in time
		JsonNode cycle = ApiClient.json(api.post("/api/cycles", Map.of("documentId", plan, "frequency", "SEMIANNUAL",
				"year", 2026, "index", 1, "workingDays", true), monitor));
		assertThat(cycle.path("dueBefore").asString()).isEqualTo("2026-06-16");
		long id = ApiClient.json(api.post("/api/cycles/" + cycle.path("id").asLong() + "/submissions",
				Map.of("narrative", "Báo cáo 6 tháng"), finance)).path("id").asLong();

		clock.set(LocalDate.of(2026, 6, 15), LocalTime.of(16, 30));
		api.post("/api/submissions/" + id + "/submit", "", finance);

		assertThat(timeliness(cycle.path("id").asLong(), monitor)).containsEntry("Đảng ủy Sở Tài chính", "ON_TIME");
	}

	@Test
	void holidaysAndDaysTheAdministratorEnteredAlsoMoveTheDeadline() {
		// 2/9 is a fixed holiday (Bộ luật Lao động 2019); the adjacent day is decided each year and entered by hand
		jdbc.sql("INSERT INTO non_working_day (off_day, name) VALUES (DATE '2026-09-03', 'Nghỉ lễ Quốc khánh (ngày liền kề)')")
			.update();

		JsonNode cycle = ApiClient.json(api.post("/api/cycles", Map.of("documentId", plan, "frequency", "YEARLY",
				"year", 2026, "dueBefore", "2026-09-03", "workingDays", true), monitor));

		// last day 2/9 (holiday) → 3/9 (entered) → Friday 4/9
		assertThat(cycle.path("dueBefore").asString()).isEqualTo("2026-09-05");
		assertThat(cycle.path("workingDayRule").asBoolean()).isTrue();
	}

	@Test
	void fromTheDueDayTheCycleIsLockedAndNothingIsWritten() {
		long cycle = ApiClient.json(openSixMonthCycle()).path("id").asLong();
		long draft = ApiClient.json(api.post("/api/cycles/" + cycle + "/submissions", Map.of("narrative", "Bản nháp"), finance))
			.path("id")
			.asLong();
		// 000:367 "trước ngày 15/6": on 15/6 itself, at 00:30 in Vietnam (17:30 UTC the day before), it is too late
		clock.set(LocalDate.of(2026, 6, 15), LocalTime.of(0, 30));
		String before = snapshot();

		HttpResponse<String> send = api.post("/api/submissions/" + draft + "/submit", "", finance);
		HttpResponse<String> save = api.post("/api/cycles/" + cycle + "/submissions", Map.of("narrative", "Sửa muộn"), finance);
		HttpResponse<String> fresh = api.post("/api/cycles/" + cycle + "/submissions", Map.of("narrative", "Báo cáo muộn"),
				construction);

		assertThat(send.statusCode()).isEqualTo(409);
		assertThat(ApiClient.json(send).path("detail").asString()).isEqualTo("Kỳ báo cáo 6 tháng đầu năm 2026 đã khóa "
				+ "từ ngày 15/06/2026; đề nghị cơ quan theo dõi gia hạn cho Đảng ủy Sở Tài chính.");
		assertThat(save.statusCode()).isEqualTo(409);
		assertThat(fresh.statusCode()).isEqualTo(409);
		assertThat(snapshot()).isEqualTo(before);
		assertThat(timeliness(cycle, monitor)).containsEntry("Đảng ủy Sở Tài chính", "MISSING");
	}

	@Test
	void anAgencyWithAnExceptionReportsLateWhileTheOthersStayLocked() {
		long cycle = ApiClient.json(openSixMonthCycle()).path("id").asLong();
		clock.set(LocalDate.of(2026, 6, 16), LocalTime.of(9, 0));

		JsonNode granted = grant(cycle, "Đảng ủy Sở Xây dựng", "2026-06-20");
		clock.set(LocalDate.of(2026, 6, 19), LocalTime.of(16, 0));
		long id = ApiClient.json(api.post("/api/cycles/" + cycle + "/submissions", Map.of("narrative", "Báo cáo muộn"),
				construction)).path("id").asLong();
		HttpResponse<String> sent = api.post("/api/submissions/" + id + "/submit", "", construction);

		assertThat(granted.path("newDueDate").asString()).isEqualTo("2026-06-20");
		assertThat(granted.path("grantedBy").asString()).isEqualTo(monitor.user());
		assertThat(status(sent)).isEqualTo("SUBMITTED");
		assertThat(timeliness(cycle, monitor)).as("sent after 15/6: still late").containsEntry("Đảng ủy Sở Xây dựng", "LATE");
		JsonNode line = timelinessLine(cycle, "Đảng ủy Sở Xây dựng");
		assertThat(line.path("exceptionDueDate").asString()).isEqualTo("2026-06-20");
		assertThat(api.post("/api/cycles/" + cycle + "/submissions", Map.of("narrative", "Báo cáo muộn"), finance).statusCode())
			.as("Sở Tài chính has no exception").isEqualTo(409);
	}

	@Test
	void onlyAMonitorGrantsAnExceptionWithALaterDateAReasonAndAnAgencyOfTheCycle() {
		long cycle = ApiClient.json(openSixMonthCycle()).path("id").asLong();
		clock.set(LocalDate.of(2026, 6, 16), LocalTime.of(9, 0));
		long constructionAgency = SonLaPlans.agency(jdbc, "Đảng ủy Sở Xây dựng");
		Login leader = user(Role.LEADER, null);
		Map<String, Object> grant = Map.of("agencyId", constructionAgency, "newDueDate", "2026-06-20", "reason", "Chờ số liệu");
		String path = "/api/cycles/" + cycle + "/exceptions";

		assertThat(api.post(path, grant, construction).statusCode()).isEqualTo(403);
		assertThat(api.post(path, grant, leader).statusCode()).isEqualTo(403);
		assertThat(api.post(path, Map.of("agencyId", constructionAgency, "newDueDate", "2026-06-16", "reason", "x"), monitor)
			.statusCode()).as("today is not later").isEqualTo(422);
		assertThat(api.post(path, Map.of("agencyId", constructionAgency, "newDueDate", "2026-06-20", "reason", " "), monitor)
			.statusCode()).as("no reason").isEqualTo(422);
		assertThat(api.post(path, Map.of("agencyId", SonLaPlans.agency(jdbc, "Đảng ủy HĐND tỉnh"), "newDueDate",
				"2026-06-20", "reason", "x"), monitor).statusCode()).as("000:415 only coordinating, does not report")
			.isEqualTo(422);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM cycle_exception WHERE cycle_id = ?").param(cycle).query(Long.class).single())
			.isZero();

		assertThat(api.post(path, grant, monitor).statusCode()).isEqualTo(200);
		assertThat(api.post(path, Map.of("agencyId", constructionAgency, "newDueDate", "2026-06-25", "reason",
				"Gia hạn thêm lần hai"), monitor).statusCode()).isEqualTo(200);

		assertThat(ApiClient.json(api.get(path, leader))).extracting(e -> e.path("newDueDate").asString())
			.containsExactly("2026-06-25");
		assertThat(ApiClient.json(api.get(path, construction))).hasSize(1);
		assertThat(ApiClient.json(api.get(path, finance))).as("another agency's exception").isEmpty();
		assertThat(jdbc.sql("SELECT before_state FROM audit_event WHERE action = 'CYCLE_EXCEPTION_GRANTED' ORDER BY id DESC LIMIT 1")
			.query(String.class).single()).contains("2026-06-20");
		// the exception itself runs out: reports must arrive before 25/6
		clock.set(LocalDate.of(2026, 6, 25), LocalTime.of(8, 0));
		HttpResponse<String> tooLate = api.post(path.replace("exceptions", "submissions"), Map.of("narrative", "x"),
				construction);
		assertThat(tooLate.statusCode()).isEqualTo(409);
		assertThat(ApiClient.json(tooLate).path("detail").asString()).contains("25/06/2026");
	}

	@Test
	void aReportReturnedForCorrectionMayBeSentAgainAfterTheDueDate() {
		long cycle = ApiClient.json(openSixMonthCycle()).path("id").asLong();
		long id = ApiClient.json(api.post("/api/cycles/" + cycle + "/submissions", Map.of("narrative", "Báo cáo 6 tháng"),
				finance)).path("id").asLong();
		clock.setDay(LocalDate.of(2026, 6, 12));
		api.post("/api/submissions/" + id + "/submit", "", finance);
		clock.setDay(LocalDate.of(2026, 6, 17));
		assertThat(status(api.post("/api/submissions/" + id + "/return", Map.of("comment", "Bổ sung số liệu"), monitor)))
			.isEqualTo("RETURNED");

		HttpResponse<String> corrected = api.post("/api/cycles/" + cycle + "/submissions",
				Map.of("narrative", "Báo cáo 6 tháng, đã bổ sung"), finance);
		HttpResponse<String> resent = api.post("/api/submissions/" + id + "/submit", "", finance);

		assertThat(corrected.statusCode()).isEqualTo(200);
		assertThat(status(resent)).isEqualTo("SUBMITTED");
		assertThat(status(api.post("/api/submissions/" + id + "/accept", "", monitor))).isEqualTo("ACCEPTED");
		assertThat(timeliness(cycle, monitor)).as("first sent on 12/6").containsEntry("Đảng ủy Sở Tài chính", "ON_TIME");
	}

	private JsonNode grant(long cycle, String agency, String newDueDate) {
		HttpResponse<String> granted = api.post("/api/cycles/" + cycle + "/exceptions", Map.of("agencyId",
				SonLaPlans.agency(jdbc, agency), "newDueDate", newDueDate, "reason", "Cơ quan đề nghị gia hạn"), monitor);
		assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
		return ApiClient.json(granted);
	}

	private JsonNode timelinessLine(long cycle, String agency) {
		for (JsonNode line : ApiClient.json(api.get("/api/cycles/" + cycle + "/timeliness", monitor))) {
			if (line.path("agency").asString().equals(agency)) {
				return line;
			}
		}
		throw new AssertionError("no timeliness line for " + agency);
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
