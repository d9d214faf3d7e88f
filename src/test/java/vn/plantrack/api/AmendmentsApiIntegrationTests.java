package vn.plantrack.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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
import tools.jackson.databind.json.JsonMapper;
import vn.plantrack.api.ApiClient.Login;
import vn.plantrack.evaluation.Verdict;
import vn.plantrack.registry.DocumentImport;
import vn.plantrack.registry.PlanConfirmation;
import vn.plantrack.registry.Role;
import vn.plantrack.registry.UserAccounts;
import vn.plantrack.reporting.IndicatorEvaluations;
import vn.plantrack.tracking.MutableClock;
import vn.plantrack.tracking.SonLaPlans;

/**
 * Amendments over real HTTP on the confirmed rows of seed 002 (Quyết định 139/QĐ-UBND ngày 20/1/2021): a later
 * decision moves one deadline, cancels one task and adds one, all or nothing. Today is 23/11/2026.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "plantrack.samples.import-on-first-start=false")
@Import(MutableClock.Config.class)
abstract class AmendmentsApiIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String PASSWORD = "amendment-Password-1";

	static final String DECISION = "Quyết định số 456/QĐ-UBND ngày 10/3/2026";

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
	IndicatorEvaluations evaluations;

	@Autowired
	MutableClock clock;

	ApiClient api;

	long plan;

	/** 002:312 "Chuẩn bị tổ chức Hội nghị xúc tiến đầu tư…", due Tháng 3/2021: overdue today. */
	long conference;

	/** 002:385 "Xây dựng trung tâm giám sát, điều hành đô thị thông minh", due 2022: overdue today. */
	long smartCity;

	Login monitor;

	@BeforeEach
	void plan002() throws Exception {
		clock.setDay(LocalDate.of(2026, 11, 23));
		api = new ApiClient(port);
		plan = SonLaPlans.register(documentImport, confirmation, jdbc, SonLaPlans.seed002());
		// what importing seed 002 itself records from its header (lines 1-12): Quyết định 139/QĐ-UBND, 20/01/2021
		jdbc.sql("UPDATE document SET kind = 'Quyết định', symbol = '139/QĐ-UBND', issued = ? WHERE id = ?")
			.params(java.sql.Date.valueOf(LocalDate.of(2021, 1, 20)), plan)
			.update();
		conference = SonLaPlans.task(jdbc, plan, 312);
		smartCity = SonLaPlans.task(jdbc, plan, 385);
		monitor = user(Role.MONITOR, null);
	}

	@Test
	void aDecisionMovesADeadlineCancelsATaskAndAddsOneAsVersionTwo() {
		assertThat(overdue()).containsExactlyInAnyOrder(conference, smartCity);

		HttpResponse<String> applied = api.post("/api/documents/" + plan + "/amendments", Map.of(
				"decidingDocument", DECISION,
				"changes", List.of(
						change("MODIFY", "TASK", conference, 0, "Lùi thời hạn do dịch bệnh",
								Map.of("due", "2026-12-31", "period", "Tháng 12/2026")),
						change("CANCEL", "TASK", smartCity, 0, "Đã giao cho dự án chuyển đổi số", null),
						Map.of("kind", "ADD", "itemType", "TASK", "reason", "Bổ sung nhiệm vụ",
								"task", Map.of("group", "II", "title", "Tổ chức Hội nghị xúc tiến đầu tư năm 2027",
										"lead", List.of("Sở Tài chính"), "coordinating", List.of("UBND các xã, phường"),
										"period", "Quý II/2027", "due", "2027-06-30")))),
				monitor);

		assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);
		JsonNode result = ApiClient.json(applied);
		assertThat(result.path("version").path("versionNo").asInt()).isEqualTo(2);
		assertThat(result.path("version").path("decidedOn").asString()).isEqualTo("2026-03-10");
		long added = result.path("itemIds").get(2).asLong();

		JsonNode versions = ApiClient.json(api.get("/api/documents/" + plan + "/versions", monitor));
		assertThat(versions).hasSize(2);
		// version 1 cites the plan itself: Quyết định 139/QĐ-UBND issued 20/1/2021 (seed 002 header)
		assertThat(versions.get(0).path("decidingDocument").asString()).isEqualTo("Quyết định số 139/QĐ-UBND ngày 20/1/2021");
		assertThat(versions.get(1).path("decidingDocument").asString()).isEqualTo(DECISION);
		assertThat(versions.get(1).path("changes").asInt()).isEqualTo(3);

		// 312 now due 31/12/2026 (after today), 385 cancelled: no task of the plan is overdue any more
		assertThat(overdue()).isEmpty();
		assertThat(statusClass(smartCity)).isEqualTo("đã hủy");
		assertThat(jdbc.sql("SELECT status_reason FROM task WHERE id = ?").param(smartCity).query(String.class).single())
			.contains("Đã giao cho dự án chuyển đổi số", DECISION);
		assertThat(statusClass(added)).isEqualTo("chưa thực hiện");
		assertThat(jdbc.sql("SELECT name_as_written FROM task_agency WHERE task_id = ? AND role = 'LEAD'").param(added)
			.query(String.class).list()).containsExactly("Sở Tài chính");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action LIKE 'AMENDMENT_TASK_%' AND entity_id IN (?, ?, ?)")
			.params(Long.toString(conference), Long.toString(smartCity), Long.toString(added)).query(Long.class).single())
			.isEqualTo(3);
	}

	@Test
	void theHistoryOfAModifiedTaskShowsTheOriginalWithItsSourceLineThenTheChange() {
		api.post("/api/tasks/" + conference + "/status", Map.of("status", "IN_PROGRESS", "version", 0), monitor);
		api.post("/api/documents/" + plan + "/amendments", Map.of("decidingDocument", DECISION, "changes",
				List.of(change("MODIFY", "TASK", conference, 1, "Lùi thời hạn", Map.of("due", "2026-12-31")))),
				monitor);

		JsonNode history = ApiClient.json(api.get("/api/tasks/" + conference + "/history", monitor));

		assertThat(history).extracting(e -> e.path("kind").asString())
			.containsExactly("ORIGINAL", "EVENT", "AMENDMENT");
		JsonNode original = history.get(0);
		assertThat(original.path("sourceLine").asInt()).isEqualTo(312);
		assertThat(original.path("versionNo").asInt()).isEqualTo(1);
		assertThat(parse(original.path("after")).path("due").asString()).isEqualTo("2021-03-31");
		assertThat(history.get(1).path("action").asString()).isEqualTo("TASK_STATUS_CHANGED");
		JsonNode change = history.get(2);
		assertThat(change.path("versionNo").asInt()).isEqualTo(2);
		assertThat(change.path("decidingDocument").asString()).isEqualTo(DECISION);
		assertThat(change.path("action").asString()).isEqualTo("MODIFY");
		assertThat(parse(change.path("before")).path("due").asString()).isEqualTo("2021-03-31");
		assertThat(parse(change.path("after")).path("due").asString()).isEqualTo("2026-12-31");
	}

	@Test
	void aStaleVersionRefusesTheWholeSetAndWritesNothing() {
		String before = snapshot();

		HttpResponse<String> refused = api.post("/api/documents/" + plan + "/amendments", Map.of(
				"decidingDocument", DECISION,
				"changes", List.of(
						change("CANCEL", "TASK", smartCity, 0, "Không còn phù hợp", null),
						change("MODIFY", "TASK", conference, 7, null, Map.of("due", "2026-12-31")))),
				monitor);

		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(ApiClient.json(refused).path("detail").asString())
			.contains("Thay đổi thứ 2", "đã được người khác cập nhật", "không thay đổi nào được lưu");
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void aChangeWithoutADecidingDocumentIsRefusedNamingTheField() {
		String before = snapshot();

		HttpResponse<String> refused = api.post("/api/documents/" + plan + "/amendments", Map.of("changes",
				List.of(change("CANCEL", "TASK", smartCity, 0, "Không còn phù hợp", null))), monitor);

		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(ApiClient.json(refused).path("detail").asString())
			.contains("Thiếu văn bản quyết định điều chỉnh", "decidingDocument");
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void aReporterOrALeaderIsRefusedAndNothingChanges() {
		Login finance = user(Role.REPORTER, "Sở Tài chính");
		Login leader = user(Role.LEADER, null);
		String before = snapshot();
		Map<String, Object> body = Map.of("decidingDocument", DECISION,
				"changes", List.of(change("CANCEL", "TASK", conference, 0, "x", null)));

		assertThat(api.post("/api/documents/" + plan + "/amendments", body, finance).statusCode()).isEqualTo(403);
		assertThat(api.post("/api/documents/" + plan + "/amendments", body, leader).statusCode()).isEqualTo(403);

		assertThat(snapshot()).isEqualTo(before);
		// reading is open: the reporter of Sở Tài chính (successor of Sở KH&ĐT, lead of 312) reads its history
		assertThat(api.get("/api/documents/" + plan + "/versions", finance).statusCode()).isEqualTo(200);
		assertThat(api.get("/api/tasks/" + conference + "/history", finance).statusCode()).isEqualTo(200);
		// but not the history of 385, led by Sở TT&TT (now Sở KH&CN)
		assertThat(api.get("/api/tasks/" + smartCity + "/history", finance).statusCode()).isEqualTo(403);
	}

	@Test
	void aModifiedTargetChangesTheVerdictAndACancelledOneIsNoLongerEvaluated() throws Exception {
		long plan000 = SonLaPlans.register(documentImport, confirmation, jdbc, SonLaPlans.seed000());
		// 000:505 "Tỷ lệ đô thị hóa đến năm 2030 đạt 25,8%"
		long urbanisation = SonLaPlans.indicator(jdbc, plan000, 505);
		long target = jdbc.sql("SELECT id FROM target WHERE indicator_id = ?").param(urbanisation).query(Long.class).single();
		clock.setDay(LocalDate.of(2031, 3, 1));
		jdbc.sql("""
				INSERT INTO observation (indicator_id, period_kind, period_year, period_index, kind, obs_value, source,
				                         author, recorded_at)
				VALUES (?, 'YEAR', 2030, 0, 'ACTUAL', ?, 'Niên giám thống kê 2030', 'test', ?)""")
			.params(urbanisation, new BigDecimal("25.0"), Timestamp.valueOf("2031-02-01 08:00:00"))
			.update();
		// 25,0% in 2030 against "đạt 25,8%": below the level, the term is over → KHÔNG ĐẠT
		assertThat(verdict(urbanisation)).isEqualTo(Verdict.NOT_MET);

		HttpResponse<String> modified = api.post("/api/documents/" + plan000 + "/amendments", Map.of(
				"decidingDocument", "Nghị quyết số 20-NQ/TU ngày 15/6/2028",
				"changes", List.of(change("MODIFY", "TARGET", target, 0, "Điều chỉnh theo giữa nhiệm kỳ",
						Map.of("rawText", "đạt 25%", "value", 25)))), monitor);
		assertThat(modified.statusCode()).as(modified.body()).isEqualTo(201);
		// 25,0% against "đạt 25%": exactly the level → ĐẠT
		assertThat(verdict(urbanisation)).isEqualTo(Verdict.MET);

		JsonNode history = ApiClient.json(api.get("/api/indicators/" + urbanisation + "/history", monitor));
		assertThat(history.get(0).path("sourceLine").asInt()).isEqualTo(505);
		assertThat(parse(history.get(0).path("after")).path("targets").get(0).asString())
			.isEqualTo("đạt 25,8%");
		assertThat(history).anySatisfy(e -> {
			assertThat(e.path("action").asString()).isEqualTo("MODIFY");
			assertThat(e.path("decidingDocument").asString()).isEqualTo("Nghị quyết số 20-NQ/TU ngày 15/6/2028");
		});

		api.post("/api/documents/" + plan000 + "/amendments", Map.of("decidingDocument",
				"Nghị quyết số 21-NQ/TU ngày 01/7/2028", "changes",
				List.of(change("CANCEL", "TARGET", target, null, "Bỏ chỉ tiêu", null))), monitor);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM target WHERE id = ?").param(target).query(Long.class).single()).isEqualTo(1);
		assertThat(evaluations.forIndicator(urbanisation).orElseThrow().target()).isEmpty();
	}

	private static JsonNode parse(JsonNode jsonText) {
		return JSON.readTree(jsonText.asString());
	}

	private Verdict verdict(long indicator) {
		return evaluations.forIndicator(indicator).orElseThrow().evaluation().verdict();
	}

	private static Map<String, Object> change(String kind, String type, long id, Integer version, String reason,
			Map<String, Object> fields) {
		Map<String, Object> change = new LinkedHashMap<>();
		change.put("kind", kind);
		change.put("itemType", type);
		change.put("itemId", id);
		change.put("version", version);
		change.put("reason", reason);
		change.put(type.equals("TASK") ? "task" : "target", fields);
		return change;
	}

	private List<Long> overdue() {
		List<Long> ids = new java.util.ArrayList<>();
		for (JsonNode task : ApiClient.json(api.get("/api/tasks?documentId=" + plan, monitor))) {
			if (task.path("statusClassLabel").asString().equals("quá hạn")) {
				ids.add(task.path("id").asLong());
			}
		}
		return ids;
	}

	private String statusClass(long task) {
		return ApiClient.json(api.get("/api/tasks/" + task, monitor)).path("task").path("statusClassLabel").asString();
	}

	/** Every row an amendment could touch, as text: equal snapshots mean nothing was written. */
	private String snapshot() {
		return jdbc.sql("SELECT id, title, due_date, status, status_reason, version FROM task WHERE document_id = ? ORDER BY id")
			.param(plan).query().listOfRows() + "|"
				+ jdbc.sql("SELECT COUNT(*) FROM task_agency").query(Long.class).single() + "|"
				+ jdbc.sql("SELECT COUNT(*) FROM plan_version WHERE document_id = ?").param(plan).query(Long.class).single() + "|"
				+ jdbc.sql("SELECT COUNT(*) FROM amendment").query(Long.class).single() + "|"
				+ jdbc.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single();
	}

	private Login user(Role role, String agency) {
		String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		Long agencyId = agency == null ? null : SonLaPlans.agency(jdbc, agency);
		users.create(name, PASSWORD, role, agencyId, "test");
		return new Login(name, PASSWORD);
	}
}
