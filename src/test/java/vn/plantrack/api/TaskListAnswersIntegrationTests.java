package vn.plantrack.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
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
import vn.plantrack.registry.DocumentImport;
import vn.plantrack.registry.PlanConfirmation;
import vn.plantrack.registry.Role;
import vn.plantrack.registry.UserAccounts;
import vn.plantrack.tracking.Actor;
import vn.plantrack.tracking.MutableClock;
import vn.plantrack.tracking.SonLaPlans;
import vn.plantrack.tracking.TaskProgress;

/**
 * The task lists GET /api/tasks holds between requests (TaskListAnswers): a change shows at the next request,
 * a change in one plan leaves the other plans' held lists in place, a REPORTER's list is never answered to
 * another agency, and pages and filters answer as without holding. Plan 002 of Sơn La, today 23/11/2026.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "plantrack.samples.import-on-first-start=false")
@Import(MutableClock.Config.class)
abstract class TaskListAnswersIntegrationTests {

	static final String PASSWORD = "reporter-Password-1";

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

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
	TaskListAnswers answers;

	@Autowired
	MutableClock clock;

	@Autowired
	TaskProgress tasks;

	@Autowired
	JsonMapper json;

	ApiClient api;

	long plan;

	/** 002:312, code 2, "Chuẩn bị tổ chức Hội nghị xúc tiến đầu tư...", Sở KH&ĐT (now Sở Tài chính), due Tháng 3/2021. */
	long investmentConference;

	Login finance;

	Login construction;

	Login leader;

	@BeforeEach
	void plan002WithUsers() throws Exception {
		api = new ApiClient(port);
		plan = SonLaPlans.register(documentImport, confirmation, jdbc, SonLaPlans.seed002());
		investmentConference = SonLaPlans.task(jdbc, plan, 312);
		finance = user(Role.REPORTER, "Sở Tài chính");
		construction = user(Role.REPORTER, "Sở Xây dựng");
		leader = user(Role.LEADER, null);
	}

	@AfterEach
	void today() {
		clock.setDay(TODAY);
	}

	@Test
	void aProgressReportShowsInTheVeryNextList() {
		JsonNode before = ApiClient.json(api.get("/api/tasks?documentId=" + plan, leader));
		assertThat(task(before, "2").path("progress").asInt()).isZero();
		assertThat(held(plan)).as("the list is held after the first request").isNotNull();

		HttpResponse<String> reported = api.post("/api/tasks/" + investmentConference + "/progress",
				Map.of("percent", 40, "narrative", "Đã lập kế hoạch hội nghị", "version", 0), finance);
		assertThat(reported.statusCode()).isEqualTo(200);

		JsonNode after = ApiClient.json(api.get("/api/tasks?documentId=" + plan, leader));
		assertThat(task(after, "2").path("progress").asInt()).isEqualTo(40);
		// reporting progress on a task not started starts it (version 0 -> 1)
		assertThat(task(after, "2").path("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(task(after, "2").path("version").asInt()).isEqualTo(1);
		// and the REPORTER's own list, held under its agency, moves too
		JsonNode own = ApiClient.json(api.get("/api/tasks?documentId=" + plan, finance));
		assertThat(task(own, "2").path("progress").asInt()).isEqualTo(40);
	}

	@Test
	void aChangeInOnePlanLeavesTheOtherPlansHeldListInPlace() throws Exception {
		long other = SonLaPlans.register(documentImport, confirmation, jdbc, SonLaPlans.seed002());
		api.get("/api/tasks?documentId=" + plan, leader);
		api.get("/api/tasks?documentId=" + other, leader);
		TaskListAnswers.Answer heldOther = held(other);
		TaskListAnswers.Answer heldPlan = held(plan);

		api.post("/api/tasks/" + investmentConference + "/progress",
				Map.of("percent", 25, "narrative", "Đã khảo sát địa điểm", "version", 0), finance);
		JsonNode changed = ApiClient.json(api.get("/api/tasks?documentId=" + plan, leader));
		JsonNode untouched = ApiClient.json(api.get("/api/tasks?documentId=" + other, leader));

		assertThat(task(changed, "2").path("progress").asInt()).isEqualTo(25);
		assertThat(held(plan)).isNotSameAs(heldPlan);
		assertThat(task(untouched, "2").path("progress").asInt()).isZero();
		assertThat(held(other)).as("the other plan's list is answered from what was held").isSameAs(heldOther);
	}

	@Test
	void aReporterNeverGetsTheListHeldForAnotherAgencyOrForEveryone() {
		// whole list held first (6 tasks, lines 307, 312, 316, 385, 391, 395), then each agency's own
		assertThat(ApiClient.json(api.get("/api/tasks?documentId=" + plan, leader))).hasSize(6);
		// 002:307 (code 5) and 002:312 (code 2) name Sở KH&ĐT, merged into Sở Tài chính
		assertThat(codes(api.get("/api/tasks?documentId=" + plan, finance))).containsExactly("5", "2");
		// 002:316 (code 6) names Sở Xây dựng
		assertThat(codes(api.get("/api/tasks?documentId=" + plan, construction))).containsExactly("6");
		// asked again, each is answered its own (held) list, and the same filter does not cross agencies
		assertThat(codes(api.get("/api/tasks?documentId=" + plan, finance))).containsExactly("5", "2");
		String financeId = Long.toString(SonLaPlans.agency(jdbc, "Sở Tài chính"));
		assertThat(codes(api.get("/api/tasks?documentId=" + plan + "&agency=" + financeId, finance))).containsExactly("5", "2");
		assertThat(codes(api.get("/api/tasks?documentId=" + plan + "&agency=" + financeId, construction))).isEmpty();
		assertThat(codes(api.get("/api/tasks?documentId=" + plan, construction))).containsExactly("6");
	}

	@Test
	void pagesAndFiltersAnswerAsWithoutHoldingWithTheTotalInTheHeader() {
		for (int round = 0; round < 2; round++) {
			// the six rows in plan order: codes 5, 2, 6, 22, 26, 30
			HttpResponse<String> first = api.get("/api/tasks?documentId=" + plan + "&page=0&size=4", leader);
			assertThat(codes(first)).containsExactly("5", "2", "6", "22");
			assertThat(first.headers().firstValue("X-Total-Count")).hasValue("6");
			HttpResponse<String> second = api.get("/api/tasks?documentId=" + plan + "&page=1&size=4", leader);
			assertThat(codes(second)).containsExactly("26", "30");
			assertThat(second.headers().firstValue("X-Total-Count")).hasValue("6");
			HttpResponse<String> finances = api.get("/api/tasks?documentId=" + plan + "&agency="
					+ SonLaPlans.agency(jdbc, "Sở Tài chính") + "&page=0&size=1", leader);
			assertThat(codes(finances)).containsExactly("5");
			assertThat(finances.headers().firstValue("X-Total-Count")).hasValue("2");
			HttpResponse<String> whole = api.get("/api/tasks?documentId=" + plan, leader);
			assertThat(whole.headers().firstValue("X-Total-Count")).hasValue("6");
			assertThat(whole.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
		}
	}

	@Test
	void theStatusClassFollowsTheDayEvenWhenNothingElseChanged() {
		// 002:312 is due in March 2021: on 01/01/2021 it is simply not started, from April 2021 it is overdue
		clock.setDay(LocalDate.of(2021, 1, 1));
		assertThat(task(ApiClient.json(api.get("/api/tasks?documentId=" + plan, leader)), "2").path("statusClassLabel")
			.asString()).isEqualTo("chưa thực hiện");
		clock.setDay(TODAY);
		assertThat(task(ApiClient.json(api.get("/api/tasks?documentId=" + plan, leader)), "2").path("statusClassLabel")
			.asString()).isEqualTo("quá hạn");
	}

	@Test
	void theServedListIsWhatJacksonWritesForTheSameTasksFirstAndHeld() {
		String expected = json.writeValueAsString(tasks.list(plan, new Actor("leader", Role.LEADER, null)));
		assertThat(api.get("/api/tasks?documentId=" + plan, leader).body()).isEqualTo(expected);
		assertThat(api.get("/api/tasks?documentId=" + plan, leader).body()).isEqualTo(expected);
		String own = json.writeValueAsString(tasks.list(plan, new Actor("finance", Role.REPORTER,
				SonLaPlans.agency(jdbc, "Sở Tài chính"))));
		assertThat(api.get("/api/tasks?documentId=" + plan, finance).body()).isEqualTo(own);
	}

	@Test
	void aHeldListGoesOutWithTheStatusHeadersAndBytesOfTheFirstAnswer() {
		for (String query : java.util.List.of("", "&page=1&size=4")) {
			HttpResponse<String> first = api.get("/api/tasks?documentId=" + plan + query, finance);
			HttpResponse<String> again = api.get("/api/tasks?documentId=" + plan + query, finance);
			assertThat(again.statusCode()).isEqualTo(first.statusCode()).isEqualTo(200);
			assertThat(again.body()).isEqualTo(first.body());
			assertThat(withoutDate(again.headers().map())).isEqualTo(withoutDate(first.headers().map()));
		}
		// the security headers are written on the held answer too
		HttpResponse<String> held = api.get("/api/tasks?documentId=" + plan, leader);
		assertThat(held.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(held.headers().firstValue("Content-Security-Policy")).isPresent();
	}

	@Test
	void aHeldListIsStillRefusedToAnUnknownCallerAndToABadPageAndFollowsSpringsConversions() {
		api.get("/api/tasks?documentId=" + plan, leader);
		assertThat(held(plan)).isNotNull();

		assertThat(api.get("/api/tasks?documentId=" + plan, null).statusCode()).isEqualTo(401);
		assertThat(api.get("/api/tasks?documentId=" + plan, new Login(leader.user(), "wrong-Password-1")).statusCode())
			.isEqualTo(401);
		HttpResponse<String> badPage = api.get("/api/tasks?documentId=" + plan + "&page=-1&size=4", leader);
		assertThat(badPage.statusCode()).isEqualTo(422);
		assertThat(badPage.body()).contains("Tham số page phải từ 0 trở lên (nhận -1)");
		HttpResponse<String> noPlan = api.get("/api/tasks?page=0&size=4", leader);
		assertThat(noPlan.statusCode()).isEqualTo(400);
		assertThat(noPlan.body()).contains("Thiếu tham số bắt buộc 'documentId'");
		// Spring reads "0x..." as hexadecimal: the same plan, answered by the controller
		HttpResponse<String> hex = api.get("/api/tasks?documentId=0x" + Long.toHexString(plan), leader);
		assertThat(hex.statusCode()).isEqualTo(200);
		assertThat(ApiClient.json(hex)).hasSize(6);
	}

	@Test
	void aPlanThatDoesNotExistIsNotFoundButAnEmptyPageOrAnAgencyWithNothingToDoIsAnEmptyList() {
		long unknown = jdbc.sql("SELECT MAX(id) FROM document").query(Long.class).single() + 1000;
		for (Login caller : java.util.List.of(leader, finance)) {
			HttpResponse<String> missing = api.get("/api/tasks?documentId=" + unknown, caller);
			assertThat(missing.statusCode()).isEqualTo(404);
			assertThat(missing.body()).contains("Không tìm thấy văn bản " + unknown);
		}
		// plan 002 has six tasks: a page past its end is empty and still says how many there are
		HttpResponse<String> pastTheEnd = api.get("/api/tasks?documentId=" + plan + "&page=5&size=4", leader);
		assertThat(pastTheEnd.statusCode()).isEqualTo(200);
		assertThat(ApiClient.json(pastTheEnd)).isEmpty();
		assertThat(pastTheEnd.headers().firstValue(TaskListResponse.TOTAL_HEADER)).hasValue("6");
		// an agency no task of plan 002 names, and none passed its work to
		long idle = jdbc.sql("""
				SELECT MIN(id) FROM agency WHERE id NOT IN (SELECT ta.agency_id FROM task_agency ta JOIN task t ON t.id = ta.task_id
				WHERE t.document_id = ?) AND id NOT IN (SELECT to_agency_id FROM agency_succession WHERE to_agency_id IS NOT NULL)
				AND id NOT IN (SELECT to_agency_id FROM assignment_decision WHERE to_agency_id IS NOT NULL)""").param(plan).query(Long.class).single();
		HttpResponse<String> nothing = api.get("/api/tasks?documentId=" + plan + "&agency=" + idle, leader);
		assertThat(nothing.statusCode()).isEqualTo(200);
		assertThat(ApiClient.json(nothing)).isEmpty();
	}

	private static Map<String, java.util.List<String>> withoutDate(Map<String, java.util.List<String>> headers) {
		Map<String, java.util.List<String>> kept = new java.util.TreeMap<>(headers);
		kept.remove("date");
		return kept;
	}

	private TaskListAnswers.Answer held(long documentId) {
		return answers.held(new TaskListAnswers.Key(documentId, null, false, null, 0, Integer.MAX_VALUE));
	}

	private static JsonNode task(JsonNode list, String code) {
		for (JsonNode task : list) {
			if (code.equals(task.path("code").asString())) {
				return task;
			}
		}
		throw new AssertionError("no task with code " + code + " in " + list);
	}

	private static java.util.List<String> codes(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(200);
		java.util.List<String> codes = new java.util.ArrayList<>();
		ApiClient.json(response).forEach(task -> codes.add(task.path("code").asString()));
		return codes;
	}

	private Login user(Role role, String agency) {
		String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		Long agencyId = agency == null ? null : SonLaPlans.agency(jdbc, agency);
		users.create(name, PASSWORD, role, agencyId, "test");
		return new Login(name, PASSWORD);
	}
}
