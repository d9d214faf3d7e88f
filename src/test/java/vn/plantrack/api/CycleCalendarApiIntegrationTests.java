package vn.plantrack.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
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
 * The working-day calendar over real HTTP: the Tết breaks and lunar holidays preloaded per year (migration V14),
 * deadlines counted in working days after the data cut-off ("2 ngày làm việc"), and the MONITOR/ADMIN keeping
 * the calendar. Dates below are worked out on a paper calendar.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "plantrack.samples.import-on-first-start=false")
@Import(MutableClock.Config.class)
abstract class CycleCalendarApiIntegrationTests {

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

	Login monitor;

	Login reporter;

	Login leader;

	@BeforeEach
	void plan000AndItsUsers() throws Exception {
		clock.setDay(LocalDate.of(2026, 1, 5));
		api = new ApiClient(port);
		plan = SonLaPlans.register(documentImport, confirmation, jdbc, SonLaPlans.seed000());
		monitor = user(Role.MONITOR, null);
		leader = user(Role.LEADER, null);
		reporter = user(Role.REPORTER, "Đảng ủy Sở Tài chính");
	}

	@Test
	void theYear2026ListsTheTetBreakGioToWithItsCompensatoryDayAndTheFixedHolidays() {
		HttpResponse<String> response = api.get("/api/non-working-days?year=2026", reporter);

		assertThat(response.statusCode()).isEqualTo(200);
		Map<String, JsonNode> byDay = byDay(ApiClient.json(response));
		// Tết Bính Ngọ: mùng 1 = Tuesday 17/2/2026; the break runs Saturday 14/2 to Sunday 22/2 (9 days)
		for (int day = 14; day <= 22; day++) {
			assertThat(byDay).containsKey(String.format("2026-02-%02d", day));
		}
		assertThat(byDay).doesNotContainKeys("2026-02-13", "2026-02-23");
		assertThat(byDay.get("2026-02-17").path("name").asString()).contains("mùng 1 tháng Giêng");
		assertThat(byDay.get("2026-02-17").path("decided").asBoolean()).isTrue();
		// 10/3 âm lịch Bính Ngọ = Sunday 26/4/2026, so Monday 27/4 is off (Bộ luật Lao động 2019, Điều 111)
		assertThat(byDay.get("2026-04-26").path("name").asString()).startsWith("Giỗ Tổ Hùng Vương");
		assertThat(byDay).containsKey("2026-04-27");
		assertThat(byDay.get("2026-09-02").path("fixed").asBoolean()).isTrue();
		assertThat(byDay.get("2026-01-01").path("name").asString()).isEqualTo("Tết Dương lịch");
	}

	@Test
	void laterYearsHaveTheLunarDaysOfTetAndGioToMarkedAsNotYetDecided() {
		Map<String, JsonNode> byDay = byDay(ApiClient.json(api.get("/api/non-working-days?year=2027", reporter)));

		// Tết Đinh Mùi: mùng 1 = Saturday 6/2/2027; 29 tháng Chạp = Friday 5/2; mùng 4 = Tuesday 9/2
		assertThat(byDay.get("2027-02-06").path("name").asString()).contains("mùng 1 tháng Giêng");
		assertThat(byDay.get("2027-02-06").path("decided").asBoolean()).isFalse();
		assertThat(byDay).containsKeys("2027-02-05", "2027-02-09");
		// Giỗ Tổ 10/3 Đinh Mùi = Friday 16/4/2027
		assertThat(byDay.get("2027-04-16").path("name").asString()).startsWith("Giỗ Tổ Hùng Vương");
	}

	@Test
	void twoWorkingDaysAfterACutOffJustBeforeTet2026LandAfterTheBreak() {
		// monthly cycle of February 2026: data to 14/2 (Saturday, first day of the break); 15/2 Sunday, 16-20/2 Tết,
		// 21-22/2 weekend: the 1st working day is Monday 23/2, the 2nd Tuesday 24/2, so reports are due before 25/2
		HttpResponse<String> opened = api.post("/api/cycles", Map.of("documentId", plan, "frequency", "MONTHLY",
				"year", 2026, "index", 2, "dueWorkingDays", 2), monitor);

		assertThat(opened.statusCode()).isEqualTo(201);
		assertThat(ApiClient.json(opened).path("windowEnd").asString()).isEqualTo("2026-02-14");
		assertThat(ApiClient.json(opened).path("dueBefore").asString()).isEqualTo("2026-02-25");
	}

	@Test
	void aScheduleInWorkingDaysGivesEachCycleItsDeadline() {
		// "trong 2 ngày làm việc sau ngày chốt số liệu" as the plan's monthly rule
		assertThat(api.post("/api/cycles/schedules", Map.of("documentId", plan, "frequency", "MONTHLY", "dueDay", 0,
				"dueWorkingDays", 2), monitor).statusCode()).isEqualTo(200);

		// January 2026: data to Wednesday 14/1; Thursday 15/1 and Friday 16/1 are the two working days → before 17/1
		JsonNode january = ApiClient.json(api.post("/api/cycles",
				Map.of("documentId", plan, "frequency", "MONTHLY", "year", 2026, "index", 1), monitor));
		assertThat(january.path("dueBefore").asString()).isEqualTo("2026-01-17");
		// March 2026: data to Saturday 14/3; Monday 16/3 and Tuesday 17/3 → before 18/3
		JsonNode march = ApiClient.json(api.post("/api/cycles",
				Map.of("documentId", plan, "frequency", "MONTHLY", "year", 2026, "index", 3), monitor));
		assertThat(march.path("dueBefore").asString()).isEqualTo("2026-03-18");
	}

	@Test
	void tet2025AndTheSaturdayWorkedInExchangeIn2025AreOnTheCalendar() {
		// December 2024 → January 2025 cycle: data to Tuesday 14/1/2025, due after 10 working days: 15-17/1 (3),
		// 20-24/1 (8), break 25/1-2/2, Monday 3/2 (9), Tuesday 4/2 (10) → before 5/2/2025
		JsonNode january = ApiClient.json(api.post("/api/cycles", Map.of("documentId", plan, "frequency", "MONTHLY",
				"year", 2025, "index", 1, "dueWorkingDays", 10), monitor));
		assertThat(january.path("dueBefore").asString()).isEqualTo("2025-02-05");
		// April 2025: data to Monday 14/4; 15-18/4 (4), 21-25/4 (9), Saturday 26/4 worked in exchange for Friday 2/5 (10)
		JsonNode april = ApiClient.json(api.post("/api/cycles", Map.of("documentId", plan, "frequency", "MONTHLY",
				"year", 2025, "index", 4, "dueWorkingDays", 10), monitor));
		assertThat(april.path("dueBefore").asString()).isEqualTo("2025-04-27");
	}

	@Test
	void aMonitorEntersTheDayNextToNationalDayAndDeadlinesMoveWithIt() {
		// August 2026: data to Friday 14/8; 10 working days: 17-21/8 (5), 24-28/8 (10) → before 29/8. With 20 days:
		// 31/8 (11), 1/9 entered as off, 2/9 holiday, 3-4/9 (13), 7-11/9 (18), 14-15/9 (20) → before 16/9
		Map<String, Object> day = Map.of("day", "2026-09-01", "kind", "OFF", "name", "Nghỉ lễ Quốc khánh (ngày liền kề)",
				"source", "Thông báo của Bộ Nội vụ về lịch nghỉ lễ năm 2026");

		assertThat(api.post("/api/non-working-days", day, reporter).statusCode()).isEqualTo(403);
		assertThat(api.post("/api/non-working-days", day, leader).statusCode()).isEqualTo(403);
		assertThat(countOn("2026-09-01")).isZero();
		HttpResponse<String> added = api.post("/api/non-working-days", day, monitor);
		assertThat(added.statusCode()).isEqualTo(201);
		assertThat(api.post("/api/non-working-days", day, monitor).statusCode()).as("the same day twice")
			.isEqualTo(409);

		JsonNode august = ApiClient.json(api.post("/api/cycles", Map.of("documentId", plan, "frequency", "MONTHLY",
				"year", 2026, "index", 8, "dueWorkingDays", 20), monitor));
		assertThat(august.path("dueBefore").asString()).isEqualTo("2026-09-16");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'NON_WORKING_DAY_ADDED' AND entity_id = '2026-09-01'")
			.query(Long.class).single()).isEqualTo(1);

		assertThat(delete("/api/non-working-days/2026-09-01", reporter)).isEqualTo(403);
		assertThat(delete("/api/non-working-days/2026-09-01", monitor)).isEqualTo(204);
		assertThat(countOn("2026-09-01")).isZero();
		assertThat(delete("/api/non-working-days/2026-09-01", monitor)).as("already gone").isEqualTo(404);
	}

	@Test
	void aWorkingDayMustBeAWeekendDayAndTheCountIsBounded() {
		HttpResponse<String> weekday = api.post("/api/non-working-days",
				Map.of("day", "2026-10-07", "kind", "WORKING", "name", "Làm bù"), monitor);
		assertThat(weekday.statusCode()).isEqualTo(422);
		assertThat(ApiClient.json(weekday).path("detail").asString()).contains("phải là thứ Bảy hoặc Chủ nhật");

		HttpResponse<String> tooMany = api.post("/api/cycles", Map.of("documentId", plan, "frequency", "MONTHLY",
				"year", 2026, "index", 10, "dueWorkingDays", 0), monitor);
		assertThat(tooMany.statusCode()).isEqualTo(422);
		assertThat(ApiClient.json(tooMany).path("detail").asString()).contains("dueWorkingDays");
	}

	private long countOn(String day) {
		return jdbc.sql("SELECT COUNT(*) FROM non_working_day WHERE off_day = ?").param(LocalDate.parse(day))
			.query(Long.class).single();
	}

	private static Map<String, JsonNode> byDay(JsonNode days) {
		Map<String, JsonNode> byDay = new LinkedHashMap<>();
		for (JsonNode day : days) {
			byDay.put(day.path("day").asString(), day);
		}
		return byDay;
	}

	private int delete(String path, Login login) {
		String token = Base64.getEncoder().encodeToString((login.user() + ":" + login.password()).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + token)
			.DELETE()
			.build();
		try {
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private Login user(Role role, String agency) {
		String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		Long agencyId = agency == null ? null : SonLaPlans.agency(jdbc, agency);
		users.create(name, PASSWORD, role, agencyId, "test");
		return new Login(name, PASSWORD);
	}
}
