package vn.plantrack.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

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
 * Tasks over real HTTP: the status workflow, progress with evidence, optimistic locking and the row-level
 * rule that a REPORTER touches only its own agency's tasks. Today is 23/11/2026 (test clock).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "plantrack.samples.import-on-first-start=false")
@Import(MutableClock.Config.class)
abstract class TasksApiIntegrationTests {

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

	ApiClient api;

	long plan;

	/** 002:312 "Chuẩn bị tổ chức Hội nghị xúc tiến đầu tư tỉnh Sơn La năm 2021", Sở KH&ĐT, due Tháng 3/2021. */
	long investmentConference;

	Login finance;

	Login construction;

	Login monitor;

	Login leader;

	@BeforeEach
	void plan002WithUsers() throws Exception {
		api = new ApiClient(port);
		plan = SonLaPlans.register(documentImport, confirmation, jdbc, SonLaPlans.seed002());
		investmentConference = SonLaPlans.task(jdbc, plan, 312);
		finance = user(Role.REPORTER, "Sở Tài chính");
		construction = user(Role.REPORTER, "Sở Xây dựng");
		monitor = user(Role.MONITOR, null);
		leader = user(Role.LEADER, null);
	}

	@Test
	void theSuccessorOfTheLeadAgencyStartsAndFinishesTheTask() {
		JsonNode before = ApiClient.json(api.get("/api/tasks/" + investmentConference, finance));
		assertThat(before.path("task").path("statusClassLabel").asString()).isEqualTo("quá hạn");
		assertThat(before.path("responsibility").path("lead").get(0).path("original").path("name").asString())
			.isEqualTo("Sở Kế hoạch và Đầu tư");
		assertThat(before.path("responsibility").path("lead").get(0).path("current").path("name").asString())
			.isEqualTo("Sở Tài chính");

		HttpResponse<String> started = api.post("/api/tasks/" + investmentConference + "/status",
				Map.of("status", "IN_PROGRESS", "on", "2026-11-02", "version", 0), finance);
		assertThat(started.statusCode()).isEqualTo(200);
		HttpResponse<String> done = api.post("/api/tasks/" + investmentConference + "/status",
				Map.of("status", "DONE", "on", "2026-11-20", "version", 1), finance);

		assertThat(done.statusCode()).isEqualTo(200);
		JsonNode task = ApiClient.json(done);
		assertThat(task.path("task").path("status").asString()).isEqualTo("DONE");
		assertThat(task.path("task").path("progress").asInt()).isEqualTo(100);
		assertThat(task.path("startedOn").asString()).isEqualTo("2026-11-02");
		assertThat(task.path("completedOn").asString()).isEqualTo("2026-11-20");
		// due 31/3/2021, done 20/11/2026
		assertThat(task.path("task").path("statusClassLabel").asString()).isEqualTo("hoàn thành quá hạn");
		assertThat(auditCount("TASK_STATUS_CHANGED", investmentConference)).isEqualTo(2);
	}

	@Test
	void aReporterOfAnotherAgencyIsRefusedEverywhereAndNothingChanges() {
		long auditBefore = jdbc.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single();
		String task = "/api/tasks/" + investmentConference;

		assertThat(api.get(task, construction).statusCode()).isEqualTo(403);
		assertThat(api.post(task + "/status", Map.of("status", "IN_PROGRESS", "version", 0), construction).statusCode())
			.isEqualTo(403);
		assertThat(api.post(task + "/progress", Map.of("percent", 50, "narrative", "Đã xong", "version", 0), construction)
			.statusCode()).isEqualTo(403);
		assertThat(api.multipart(task + "/progress", Map.of("percent", "50", "narrative", "Đã xong", "version", "0"),
				Map.of("bao-cao.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)), construction).statusCode())
			.isEqualTo(403);
		assertThat(api.post(task + "/reassign", Map.of("fromAgencyId", 1, "toAgencyId", 2, "reason", "x"), construction)
			.statusCode()).isEqualTo(403);

		assertThat(jdbc.sql("SELECT status, progress, version FROM task WHERE id = ?")
			.param(investmentConference)
			.query((rs, n) -> rs.getString(1) + "/" + rs.getInt(2) + "/" + rs.getInt(3))
			.single()).isEqualTo("NOT_STARTED/0/0");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM progress_update WHERE task_id = ?").param(investmentConference)
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single()).isEqualTo(auditBefore);
	}

	@Test
	void aReporterListsOnlyTheTasksItsAgencyCarries() {
		JsonNode tasks = ApiClient.json(api.get("/api/tasks?documentId=" + plan, finance));

		// 002:307 and 002:312 were given to Sở KH&ĐT, now Sở Tài chính; 316, 385, 391, 395 belong to others
		assertThat(tasks).extracting(t -> t.path("code").asString()).containsExactlyInAnyOrder("5", "2");
		assertThat(ApiClient.json(api.get("/api/tasks?documentId=" + plan, leader))).hasSize(6);
	}

	@Test
	void aLeaderFiltersTheListByTheAgencyThatAnswersTodaySuccessorsIncluded() {
		// 002:307 (code 5) and 002:312 (code 2) name Sở KH&ĐT, merged into Sở Tài chính in 2025
		HttpResponse<String> finances = api.get("/api/tasks?documentId=" + plan + "&agency=" + SonLaPlans.agency(jdbc, "Sở Tài chính"),
				leader);
		assertThat(ApiClient.json(finances)).extracting(t -> t.path("code").asString()).containsExactly("5", "2");
		assertThat(finances.headers().firstValue("X-Total-Count")).hasValue("2");
		// 002:385 (code 22) names Sở TT&TT, merged into Sở Khoa học và Công nghệ on 01/03/2025
		assertThat(ApiClient.json(api.get("/api/tasks?documentId=" + plan + "&agency="
				+ SonLaPlans.agency(jdbc, "Sở Khoa học và Công nghệ"), leader)))
			.extracting(t -> t.path("code").asString()).containsExactly("22");
		// 002:316 (code 6) names Sở Xây dựng, not reorganised
		assertThat(ApiClient.json(api.get("/api/tasks?documentId=" + plan + "&agency=" + SonLaPlans.agency(jdbc, "Sở Xây dựng"),
				leader))).extracting(t -> t.path("code").asString()).containsExactly("6");
		// Sở KH&ĐT no longer answers for anything: its two tasks passed to Sở Tài chính
		assertThat(ApiClient.json(api.get("/api/tasks?documentId=" + plan + "&agency="
				+ SonLaPlans.agency(jdbc, "Sở Kế hoạch và Đầu tư"), leader))).isEmpty();
	}

	@Test
	void aReporterFilteringByAnotherAgencyStillSeesOnlyItsOwnTasks() {
		assertThat(ApiClient.json(api.get("/api/tasks?documentId=" + plan + "&agency=" + SonLaPlans.agency(jdbc, "Sở Xây dựng"),
				finance))).isEmpty();
		assertThat(ApiClient.json(api.get("/api/tasks?documentId=" + plan + "&agency=" + SonLaPlans.agency(jdbc, "Sở Tài chính"),
				finance))).extracting(t -> t.path("code").asString()).containsExactly("5", "2");
	}

	@Test
	void aPageCutsTheListInTaskOrderAndTheHeaderCountsTheWholeList() {
		// the six rows of 002 in plan order: codes 5, 2, 6, 22, 26, 30 (lines 307, 312, 316, 385, 391, 395)
		HttpResponse<String> first = api.get("/api/tasks?documentId=" + plan + "&page=0&size=4", leader);
		assertThat(ApiClient.json(first)).extracting(t -> t.path("code").asString()).containsExactly("5", "2", "6", "22");
		assertThat(first.headers().firstValue("X-Total-Count")).hasValue("6");
		assertThat(ApiClient.json(api.get("/api/tasks?documentId=" + plan + "&page=1&size=4", leader)))
			.extracting(t -> t.path("code").asString()).containsExactly("26", "30");
		HttpResponse<String> pastTheEnd = api.get("/api/tasks?documentId=" + plan + "&page=2&size=4", leader);
		assertThat(ApiClient.json(pastTheEnd)).isEmpty();
		assertThat(pastTheEnd.headers().firstValue("X-Total-Count")).hasValue("6");
		assertThat(api.get("/api/tasks?documentId=" + plan, leader).headers().firstValue("X-Total-Count")).hasValue("6");
		assertThat(api.get("/api/tasks?documentId=" + plan + "&size=1001", leader).statusCode()).isEqualTo(422);
		assertThat(api.get("/api/tasks?documentId=" + plan + "&page=1", leader).statusCode()).isEqualTo(422);
	}

	@Test
	void aLeaderReadsEverythingButChangesNothing() {
		assertThat(api.get("/api/tasks/" + investmentConference, leader).statusCode()).isEqualTo(200);
		assertThat(api.post("/api/tasks/" + investmentConference + "/status", Map.of("status", "IN_PROGRESS", "version", 0),
				leader).statusCode()).isEqualTo(403);
	}

	@Test
	void pausingNeedsAReasonAndOnlyAMonitorCancels() {
		String status = "/api/tasks/" + investmentConference + "/status";
		api.post(status, Map.of("status", "IN_PROGRESS", "version", 0), finance);

		HttpResponse<String> noReason = api.post(status, Map.of("status", "PAUSED", "version", 1), finance);
		assertThat(noReason.statusCode()).isEqualTo(422);
		assertThat(ApiClient.json(noReason).path("detail").asString()).contains("phải nêu lý do");

		HttpResponse<String> paused = api.post(status,
				Map.of("status", "PAUSED", "version", 1, "reason", "Chờ bố trí kinh phí"), finance);
		assertThat(ApiClient.json(paused).path("statusReason").asString()).isEqualTo("Chờ bố trí kinh phí");

		assertThat(api.post(status, Map.of("status", "CANCELLED", "version", 2, "reason", "Không còn phù hợp"), finance)
			.statusCode()).isEqualTo(403);
		HttpResponse<String> cancelled = api.post(status,
				Map.of("status", "CANCELLED", "version", 2, "reason", "Không còn phù hợp"), monitor);
		assertThat(cancelled.statusCode()).isEqualTo(200);
		assertThat(ApiClient.json(cancelled).path("task").path("statusClassLabel").asString()).isEqualTo("đã hủy");
	}

	@Test
	void aStepTheWorkflowDoesNotAllowIsAConflict() {
		HttpResponse<String> skipped = api.post("/api/tasks/" + investmentConference + "/status",
				Map.of("status", "DONE", "version", 0), finance);

		assertThat(skipped.statusCode()).isEqualTo(409);
		assertThat(ApiClient.json(skipped).path("detail").asString()).contains("chưa bắt đầu", "hoàn thành");
	}

	@Test
	void ofTwoConcurrentUpdatesOneWinsAndTheOtherIsToldToReload() throws Exception {
		String progress = "/api/tasks/" + investmentConference + "/progress";
		CountDownLatch start = new CountDownLatch(1);
		CompletableFuture<HttpResponse<String>> thirty = CompletableFuture.supplyAsync(() -> {
			await(start);
			return api.post(progress, Map.of("percent", 30, "narrative", "Đã xây dựng kế hoạch", "version", 0), finance);
		});
		CompletableFuture<HttpResponse<String>> sixty = CompletableFuture.supplyAsync(() -> {
			await(start);
			return api.post(progress, Map.of("percent", 60, "narrative", "Đã mời nhà đầu tư", "version", 0), monitor);
		});
		start.countDown();
		List<HttpResponse<String>> responses = List.of(thirty.get(), sixty.get());

		assertThat(responses).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
		HttpResponse<String> loser = responses.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
		assertThat(ApiClient.json(loser).path("detail").asString()).contains("đã được người khác cập nhật", "tải lại");
		int winner = responses.get(0).statusCode() == 200 ? 30 : 60;
		assertThat(progressOf(investmentConference)).isEqualTo(winner);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM progress_update WHERE task_id = ?").param(investmentConference)
			.query(Long.class).single()).isEqualTo(1);

		// the loser reloads (version 1) and sends again: both reports are kept
		int other = winner == 30 ? 60 : 30;
		HttpResponse<String> retried = api.post(progress,
				Map.of("percent", other, "narrative", "Gửi lại sau khi tải lại", "version", 1), monitor);
		assertThat(retried.statusCode()).isEqualTo(200);
		assertThat(progressOf(investmentConference)).isEqualTo(other);
		assertThat(ApiClient.json(retried).path("updates")).hasSize(2);
	}

	@Test
	void evidenceIsStoredWithItsSha256AndRefusedWhenOfAnUnsafeType() throws Exception {
		byte[] pdf = "%PDF-1.4 biên bản hội nghị xúc tiến đầu tư".getBytes(StandardCharsets.UTF_8);
		String expectedSha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
		String progress = "/api/tasks/" + investmentConference + "/progress";

		HttpResponse<String> refused = api.multipart(progress, Map.of("percent", "40", "narrative", "Kèm tệp", "version", "0"),
				Map.of("setup.exe", new byte[] { 0x4d, 0x5a }), finance);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(ApiClient.json(refused).path("detail").asString()).contains("setup.exe", "không được chấp nhận");
		assertThat(progressOf(investmentConference)).isZero();

		HttpResponse<String> stored = api.multipart(progress,
				Map.of("percent", "40", "narrative", "Đã tổ chức hội nghị", "version", "0"),
				Map.of("../bien-ban.pdf", pdf), finance);
		assertThat(stored.statusCode()).isEqualTo(200);
		JsonNode evidence = ApiClient.json(stored).path("updates").get(0).path("evidence").get(0);
		assertThat(evidence.path("fileName").asString()).isEqualTo("bien-ban.pdf");
		assertThat(evidence.path("sha256").asString()).isEqualTo(expectedSha);
		assertThat(evidence.path("sizeBytes").asLong()).isEqualTo(pdf.length);
		assertThat(ApiClient.json(stored).path("task").path("status").asString())
			.as("progress on work not yet started starts it").isEqualTo("IN_PROGRESS");
		assertThat(jdbc.sql("SELECT content FROM evidence_file WHERE sha256 = ?").param(expectedSha)
			.query(byte[].class).single()).isEqualTo(pdf);
	}

	@Test
	void aCoordinatingAgencyAddsAContributionWithoutTouchingTheTask() throws Exception {
		long plan000 = SonLaPlans.register(documentImport, confirmation, jdbc, SonLaPlans.seed000());
		long transport = SonLaPlans.task(jdbc, plan000, 415); // 000:415 lead Đảng ủy Sở Xây dựng, coordinating Đảng ủy Sở Tài chính
		Login partyFinance = user(Role.REPORTER, "Đảng ủy Sở Tài chính");

		HttpResponse<String> contribution = api.post("/api/tasks/" + transport + "/progress",
				Map.of("narrative", "Đã thẩm định nguồn vốn cho các dự án giao thông kết nối vùng"), partyFinance);

		assertThat(contribution.statusCode()).isEqualTo(200);
		JsonNode update = ApiClient.json(contribution).path("updates").get(0);
		assertThat(update.path("kind").asString()).isEqualTo("CONTRIBUTION");
		assertThat(update.path("agency").asString()).isEqualTo("Đảng ủy Sở Tài chính");
		assertThat(ApiClient.json(contribution).path("task").path("version").asInt()).isZero();
		assertThat(api.post("/api/tasks/" + transport + "/status", Map.of("status", "IN_PROGRESS", "version", 0),
				partyFinance).statusCode()).isEqualTo(403);
		HttpResponse<String> percent = api.post("/api/tasks/" + transport + "/progress",
				Map.of("percent", 80, "narrative", "Gần xong", "version", 0), partyFinance);
		assertThat(percent.statusCode()).isEqualTo(422);
		assertThat(progressOf(transport)).isZero();
	}

	@Test
	void theResponsibleAgencyDependsOnTheDateAsked() {
		JsonNode before = ApiClient.json(api.get("/api/tasks/" + investmentConference + "/responsible?date=2025-01-15", leader));
		JsonNode after = ApiClient.json(api.get("/api/tasks/" + investmentConference + "/responsible?date=2025-03-01", leader));

		assertThat(before.path("lead").get(0).path("current").path("name").asString()).isEqualTo("Sở Kế hoạch và Đầu tư");
		assertThat(after.path("lead").get(0).path("current").path("name").asString()).isEqualTo("Sở Tài chính");
	}

	@Test
	void theDirectoryListsTheReorganisationWithItsLegalBasis() {
		JsonNode directory = ApiClient.json(api.get("/api/agencies?locality=son-la", leader));

		assertThat(directory.path("agencies")).extracting(a -> a.path("name").asString())
			.contains("Sở Nông nghiệp và Môi trường", "Sở Dân tộc và Tôn giáo", "UBND các huyện, thành phố");
		assertThat(directory.path("events")).extracting(e -> e.path("kind").asString() + " " + e.path("from").path("name").asString())
			.contains("MERGE Sở Kế hoạch và Đầu tư", "MERGE Sở Tài nguyên và Môi trường",
					"MERGE Sở Nông nghiệp và Phát triển nông thôn", "MERGE Sở Thông tin và Truyền thông",
					"SPLIT Sở Lao động - Thương binh và Xã hội", "RENAME Ban Dân tộc", "ABOLISH UBND các huyện, thành phố");
		assertThat(directory.path("events")).allSatisfy(e -> assertThat(e.path("source").asString()).isNotBlank());
	}

	@Test
	void anAbbreviationResolvesToTheAgencyAndItsSuccessor() {
		JsonNode resolved = ApiClient.json(api.get("/api/agencies/resolve?name=S%E1%BB%9F%20KH%26%C4%90T&date=2026-01-01", finance));

		assertThat(resolved.path("succession").path("original").path("name").asString()).isEqualTo("Sở Kế hoạch và Đầu tư");
		assertThat(resolved.path("succession").path("current").path("name").asString()).isEqualTo("Sở Tài chính");
		assertThat(api.get("/api/agencies/resolve?name=S%E1%BB%9F%20Kh%C3%B4ng%20C%C3%B3", finance).statusCode())
			.isEqualTo(404);
	}

	@Test
	void aMonitorReassignsATaskOfTheSplitLabourDepartmentFromTheQueue() {
		long welfare = SonLaPlans.task(jdbc, plan, 391); // 002:391 "Sở LĐ-TB&XH"
		assertThat(api.get("/api/agencies/decisions", finance).statusCode()).isEqualTo(403);
		JsonNode queue = ApiClient.json(api.get("/api/agencies/decisions", monitor));
		JsonNode pending = null;
		for (JsonNode entry : queue) {
			if (entry.path("taskId").asLong() == welfare) {
				pending = entry;
			}
		}
		assertThat(pending).isNotNull();
		assertThat(pending.path("kind").asString()).isEqualTo("SPLIT");
		long labour = pending.path("pendingAt").path("id").asLong();
		long interior = SonLaPlans.agency(jdbc, "Sở Nội vụ");

		HttpResponse<String> decided = api.post("/api/tasks/" + welfare + "/reassign",
				Map.of("fromAgencyId", labour, "toAgencyId", interior, "reason", "Theo phân công của UBND tỉnh"), monitor);

		assertThat(decided.statusCode()).isEqualTo(200);
		assertThat(ApiClient.json(decided).path("lead").get(0).path("current").path("name").asString()).isEqualTo("Sở Nội vụ");
		assertThat(api.post("/api/tasks/" + welfare + "/reassign",
				Map.of("fromAgencyId", labour, "toAgencyId", interior, "reason", "lần hai"), monitor).statusCode())
			.as("already decided").isEqualTo(409);
	}

	@Test
	void aMonitorAsksTheCurrentLeadAgencyToExplainAndOnlyThatAgencyAnswers() {
		String path = "/api/tasks/" + investmentConference + "/explanations";
		Map<String, Object> question = Map.of("question", "Đề nghị giải trình lý do chưa tổ chức hội nghị", "dueBefore",
				"2026-12-01");
		assertThat(api.post(path, question, finance).statusCode()).isEqualTo(403);

		HttpResponse<String> asked = api.post(path, question, monitor);
		assertThat(asked.statusCode()).isEqualTo(201);
		JsonNode request = ApiClient.json(asked);
		assertThat(request.path("agency").asString()).as("the successor of Sở KH&ĐT").isEqualTo("Sở Tài chính");
		String answer = "/api/explanations/" + request.path("id").asLong() + "/answer";

		assertThat(api.post(answer, Map.of("answer", "Không phải việc của Sở Xây dựng"), construction).statusCode())
			.isEqualTo(403);
		HttpResponse<String> answered = api.post(answer, Map.of("answer", "Hội nghị đã lùi sang năm 2022 theo chỉ đạo"), finance);
		assertThat(answered.statusCode()).isEqualTo(200);
		assertThat(ApiClient.json(answered).path("answeredBy").asString()).isEqualTo(finance.user());
		assertThat(api.post(answer, Map.of("answer", "Lần hai"), finance).statusCode()).isEqualTo(409);
		assertThat(ApiClient.json(api.get(path, leader)).get(0).path("answer").asString())
			.isEqualTo("Hội nghị đã lùi sang năm 2022 theo chỉ đạo");
	}

	@Test
	void anotherProvincesReorganisationIsEnteredWithItsLegalBasisAndStaysInThatProvince() {
		assertThat(api.post("/api/agencies", Map.of("locality", "lai-chau", "name", "Sở Kế hoạch và Đầu tư"), finance)
			.statusCode()).isEqualTo(403);
		long planning = ApiClient.json(api.post("/api/agencies", Map.of("locality", "lai-chau", "name", "Sở Kế hoạch và Đầu tư"),
				monitor)).path("id").asLong();
		long finances = ApiClient.json(api.post("/api/agencies", Map.of("locality", "lai-chau", "name", "Sở Tài chính"),
				monitor)).path("id").asLong();
		assertThat(api.post("/api/agencies/" + planning + "/aliases", Map.of("alias", "Sở KHĐT Lai Châu"), monitor).statusCode())
			.isEqualTo(204);

		HttpResponse<String> noSource = api.post("/api/agencies/successions", Map.of("kind", "MERGE", "fromAgencyId", planning,
				"toAgencyIds", List.of(finances), "effectiveDate", "2025-03-01"), monitor);
		assertThat(noSource.statusCode()).isEqualTo(422);
		assertThat(ApiClient.json(noSource).path("detail").asString()).contains("căn cứ pháp lý");
		Map<String, Object> merge = Map.of("kind", "MERGE", "fromAgencyId", planning, "toAgencyIds", List.of(finances),
				"effectiveDate", "2025-03-01", "source", "Nghị quyết của HĐND tỉnh Lai Châu năm 2025 về sắp xếp cơ quan chuyên môn");
		assertThat(api.post("/api/agencies/successions", merge, monitor).statusCode()).isEqualTo(204);
		assertThat(api.post("/api/agencies/successions", merge, monitor).statusCode()).as("recorded once").isEqualTo(422);

		JsonNode resolved = ApiClient.json(api.get(
				"/api/agencies/resolve?locality=lai-chau&name=S%E1%BB%9F%20KH%C4%90T%20Lai%20Ch%C3%A2u&date=2025-06-01", leader));
		assertThat(resolved.path("succession").path("current").path("id").asLong()).isEqualTo(finances);
		assertThat(finances).as("Lai Châu's Sở Tài chính, not Sơn La's").isNotEqualTo(SonLaPlans.agency(jdbc, "Sở Tài chính"));
	}

	private Login user(Role role, String agency) {
		String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		Long agencyId = agency == null ? null : SonLaPlans.agency(jdbc, agency);
		users.create(name, PASSWORD, role, agencyId, "test");
		return new Login(name, PASSWORD);
	}

	private int progressOf(long task) {
		return jdbc.sql("SELECT progress FROM task WHERE id = ?").param(task).query(Integer.class).single();
	}

	private long auditCount(String action, long task) {
		return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = ? AND entity_id = ?")
			.params(action, Long.toString(task))
			.query(Long.class)
			.single();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
