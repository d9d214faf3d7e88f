package vn.plantrack.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import tools.jackson.databind.JsonNode;
import vn.plantrack.api.ApiClient.Login;
import vn.plantrack.registry.Role;
import vn.plantrack.registry.UserAccounts;
import vn.plantrack.support.Http;
import vn.plantrack.tracking.MutableClock;

/**
 * The implementation cycle of seed 000 (Chương trình hành động 14-CTr/TU) end to end through the JSON API, on a
 * clock moved by hand: the MONITOR imports and confirms the plan and opens the first 6-month cycle by the plan's
 * own rule (000:367 "định kỳ 6 tháng (trước ngày 15/6)"); every lead agency's REPORTER submits on 3/6 except
 * Đảng ủy Sở Xây dựng (late, 17/6, after the MONITOR extended its locked cycle on 16/6) and Đảng ủy Sở Y tế
 * (never). The daily reminder job runs twice on each
 * reminder day; GreenMail receives each digest once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "plantrack.samples.import-on-first-start=false")
@Import(MutableClock.Config.class)
abstract class CycleScenarioIntegrationTests {

	static final GreenMail MAIL = startMail();

	static final String PASSWORD = "scenario-Password-1";

	static final String FINANCE = "Đảng ủy Sở Tài chính";

	static final String CONSTRUCTION = "Đảng ủy Sở Xây dựng";

	static final String HEALTH = "Đảng ủy Sở Y tế";

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
	}

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts users;

	@Autowired
	MutableClock clock;

	ApiClient api;

	Login monitor;

	/** One REPORTER per agency that must report, by agency name. */
	final Map<String, Login> reporters = new LinkedHashMap<>();

	final Map<String, String> emails = new LinkedHashMap<>();

	@Test
	void aSixMonthCycleOfSeed000NamesOnTimeLateAndMissingAgenciesAndRemindsEachOnce() throws Exception {
		MAIL.purgeEmailFromAllMailboxes();
		api = new ApiClient(port);
		monitor = user(Role.MONITOR, null, null);

		// 6/5/2026, the day after the programme was issued (000: "ngày 05/5/2026"): import and confirm it
		clock.set(LocalDate.of(2026, 5, 6), LocalTime.of(9, 0));
		long plan = importAndConfirmSeed000();

		// 000:367 "định kỳ 6 tháng (trước ngày 15/6)"
		assertThat(api.post("/api/cycles/schedules", Map.of("documentId", plan, "frequency", "SEMIANNUAL", "dueDay", 15,
				"dueMonth", 6, "sourceLine", 367), monitor).statusCode()).isEqualTo(200);
		HttpResponse<String> opened = api.post("/api/cycles",
				Map.of("documentId", plan, "frequency", "SEMIANNUAL", "year", 2026, "index", 1), monitor);
		assertThat(opened.statusCode()).isEqualTo(201);
		JsonNode cycle = ApiClient.json(opened);
		long cycleId = cycle.path("id").asLong();
		// Nghị định 09/2019 window 15/12/2025-14/6/2026; the plan's "trước ngày 15/6"
		assertThat(cycle.path("windowStart").asString()).isEqualTo("2025-12-15");
		assertThat(cycle.path("windowEnd").asString()).isEqualTo("2026-06-14");
		assertThat(cycle.path("dueBefore").asString()).isEqualTo("2026-06-15");
		List<String> agencies = new ArrayList<>();
		for (JsonNode agency : cycle.path("agencies")) {
			agencies.add(agency.path("name").asString());
		}
		// lead agencies of Phụ lục 01: 000:411 (2.1), 000:415 (2.3), 000:438 (5.1), 000:447 (6.1)
		assertThat(agencies).contains(FINANCE, CONSTRUCTION, "Đảng ủy Sở Khoa học và Công nghệ", HEALTH);
		// coordinating-only bodies do not report: "Đảng ủy HĐND tỉnh" is never a lead in Phụ lục 01
		assertThat(agencies).doesNotContain("Đảng ủy HĐND tỉnh");
		for (JsonNode agency : cycle.path("agencies")) {
			String name = agency.path("name").asString();
			reporters.put(name, user(Role.REPORTER, agency.path("id").asLong(), name));
		}

		// 3/6: every agency but Sở Xây dựng and Sở Y tế drafts and submits; Sở Tài chính reports on task 2.1 (000:411)
		clock.set(LocalDate.of(2026, 6, 3), LocalTime.of(10, 0));
		long financeTask = taskByCode(plan, "2.1", reporters.get(FINANCE));
		for (String agency : agencies) {
			if (agency.equals(CONSTRUCTION) || agency.equals(HEALTH)) {
				continue;
			}
			List<Map<String, Object>> tasks = agency.equals(FINANCE)
					? List.of(Map.of("taskId", financeTask, "percent", 20, "narrative", "Đã ban hành kế hoạch thực hiện"))
					: List.of();
			long submission = draft(cycleId, agency, tasks);
			assertThat(status(api.post("/api/submissions/" + submission + "/submit", "", reporters.get(agency))))
				.isEqualTo("SUBMITTED");
		}
		// a REPORTER cannot submit another agency's report
		long constructionDraft = draft(cycleId, CONSTRUCTION, List.of());
		assertThat(api.post("/api/submissions/" + constructionDraft + "/submit", "", reporters.get(FINANCE)).statusCode())
			.isEqualTo(403);

		// Monday 8/6: reports due before 15/6 are within the week → a digest for the two agencies still owing
		clock.set(LocalDate.of(2026, 6, 8), LocalTime.of(7, 0));
		assertThat(runReminders()).isEqualTo(2);
		clock.set(LocalDate.of(2026, 6, 8), LocalTime.of(8, 0));
		assertThat(runReminders()).as("the hourly run again the same day").isZero();
		MimeMessage early = only(messagesTo(emails.get(HEALTH)));
		assertThat(early.getSubject()).isEqualTo("[PlanTrack] Nhắc việc ngày 08/06/2026 – Đảng ủy Sở Y tế");
		// last day 14/6, six days after 8/6
		assertThat((String) early.getContent()).contains("Báo cáo 6 tháng 2026", "gửi trước ngày 15/06/2026 (còn 6 ngày)");
		assertThat(messagesTo(emails.get(FINANCE))).as("Sở Tài chính has reported").isEmpty();

		// Monday 15/6: the due day has come; Sở Xây dựng's draft is not a report
		clock.set(LocalDate.of(2026, 6, 15), LocalTime.of(9, 0));
		Map<String, String> onDueDay = timeliness(cycleId, monitor);
		assertThat(onDueDay).containsEntry(CONSTRUCTION, "MISSING").containsEntry(HEALTH, "MISSING")
			.containsEntry(FINANCE, "ON_TIME");

		// Tuesday 16/6: overdue digests, again once each
		clock.set(LocalDate.of(2026, 6, 16), LocalTime.of(7, 0));
		assertThat(runReminders()).isEqualTo(2);
		assertThat(runReminders()).isZero();
		assertThat(messagesTo(emails.get(CONSTRUCTION))).hasSize(2);
		assertThat((String) messagesTo(emails.get(CONSTRUCTION)).get(1).getContent())
			.contains("gửi trước ngày 15/06/2026 (đã quá hạn 2 ngày)");

		// 16/6: the cycle locked on its due day 15/6; Sở Xây dựng can no longer send its draft
		HttpResponse<String> locked = api.post("/api/submissions/" + constructionDraft + "/submit", "",
				reporters.get(CONSTRUCTION));
		assertThat(locked.statusCode()).isEqualTo(409);
		assertThat(ApiClient.json(locked).path("detail").asString())
			.contains("Kỳ báo cáo 6 tháng đầu năm 2026 đã khóa từ ngày 15/06/2026");
		// the MONITOR gives Sở Xây dựng until before 20/6; a REPORTER cannot give itself more time
		long construction = agencyId(cycle, CONSTRUCTION);
		Map<String, Object> grant = Map.of("agencyId", construction, "newDueDate", "2026-06-20", "reason",
				"Sở Xây dựng đề nghị gia hạn do chờ số liệu quyết toán");
		assertThat(api.post("/api/cycles/" + cycleId + "/exceptions", grant, reporters.get(CONSTRUCTION)).statusCode())
			.isEqualTo(403);
		assertThat(api.post("/api/cycles/" + cycleId + "/exceptions", grant, monitor).statusCode()).isEqualTo(200);

		// Wednesday 17/6: Sở Xây dựng submits late under its exception; Sở Y tế, without one, is still locked out;
		// Thursday 18/6 only Sở Y tế is still chased
		clock.set(LocalDate.of(2026, 6, 17), LocalTime.of(14, 30));
		assertThat(status(api.post("/api/submissions/" + constructionDraft + "/submit", "", reporters.get(CONSTRUCTION))))
			.isEqualTo("SUBMITTED");
		assertThat(api.post("/api/cycles/" + cycleId + "/submissions", Map.of("narrative", "Báo cáo muộn của Sở Y tế"),
				reporters.get(HEALTH)).statusCode()).isEqualTo(409);
		clock.set(LocalDate.of(2026, 6, 18), LocalTime.of(7, 0));
		assertThat(runReminders()).isEqualTo(1);
		assertThat(runReminders()).isZero();

		// 30/6: the cycle report
		clock.set(LocalDate.of(2026, 6, 30), LocalTime.of(9, 0));
		Map<String, String> report = timeliness(cycleId, monitor);
		assertThat(report).containsEntry(FINANCE, "ON_TIME").containsEntry(CONSTRUCTION, "LATE").containsEntry(HEALTH, "MISSING");
		assertThat(report).hasSameSizeAs(agencies);
		JsonNode constructionLine = line(cycleId, CONSTRUCTION);
		assertThat(constructionLine.path("exceptionDueDate").asString()).isEqualTo("2026-06-20");
		assertThat(line(cycleId, HEALTH).path("exceptionDueDate").isNull()).isTrue();
		report.forEach((agency, timeliness) -> {
			if (!agency.equals(CONSTRUCTION) && !agency.equals(HEALTH)) {
				assertThat(timeliness).as(agency).isEqualTo("ON_TIME");
			}
		});
		// a REPORTER sees only its own line
		assertThat(timeliness(cycleId, reporters.get(HEALTH))).containsOnlyKeys(HEALTH);

		// every reminder exactly once: Sở Y tế on 8/6, 16/6, 18/6; Sở Xây dựng on 8/6 and 16/6; nobody else
		assertThat(messagesTo(emails.get(HEALTH))).extracting(MimeMessage::getSubject)
			.containsExactly("[PlanTrack] Nhắc việc ngày 08/06/2026 – Đảng ủy Sở Y tế",
					"[PlanTrack] Nhắc việc ngày 16/06/2026 – Đảng ủy Sở Y tế",
					"[PlanTrack] Nhắc việc ngày 18/06/2026 – Đảng ủy Sở Y tế");
		assertThat(messagesTo(emails.get(CONSTRUCTION))).hasSize(2);
		for (String agency : agencies) {
			if (!agency.equals(CONSTRUCTION) && !agency.equals(HEALTH)) {
				assertThat(messagesTo(emails.get(agency))).as(agency).isEmpty();
			}
		}
		assertThat(MAIL.getReceivedMessages()).hasSize(5);
		// the record of what went out, through the API
		JsonNode sent = ApiClient.json(api.get("/api/reminders/sent?from=2026-06-01&to=2026-06-30", monitor));
		List<String> sentLines = new ArrayList<>();
		for (JsonNode line : sent) {
			sentLines.add(line.path("sentOn").asString() + " " + line.path("agency").asString());
		}
		assertThat(sentLines).containsExactlyInAnyOrder("2026-06-08 " + HEALTH, "2026-06-08 " + CONSTRUCTION,
				"2026-06-16 " + HEALTH, "2026-06-16 " + CONSTRUCTION, "2026-06-18 " + HEALTH);
		assertThat(api.post("/api/reminders/run", "", reporters.get(HEALTH)).statusCode()).isEqualTo(403);
	}

	private long importAndConfirmSeed000() throws Exception {
		byte[] seed;
		try (InputStream in = getClass().getResourceAsStream("/samples/000_c86e37a0cf2b9f3d.txt")) {
			seed = in.readAllBytes();
		}
		HttpResponse<String> uploaded = new Http(port).upload("/api/documents", "000_c86e37a0cf2b9f3d.txt", seed,
				monitor.user(), monitor.password());
		assertThat(uploaded.statusCode()).isEqualTo(201);
		long plan = ApiClient.json(uploaded).path("id").asLong();
		assertThat(api.get("/api/documents/" + plan + "/extraction", monitor).statusCode()).isEqualTo(200);
		HttpResponse<String> confirmed = api.post("/api/documents/" + plan + "/confirm", "", monitor);
		assertThat(confirmed.statusCode()).isEqualTo(200);
		assertThat(ApiClient.json(confirmed).path("tasks").asInt()).isPositive();
		return plan;
	}

	private long draft(long cycleId, String agency, List<Map<String, Object>> tasks) {
		HttpResponse<String> saved = api.post("/api/cycles/" + cycleId + "/submissions",
				Map.of("narrative", "Báo cáo 6 tháng đầu năm 2026 của " + agency, "tasks", tasks), reporters.get(agency));
		assertThat(saved.statusCode()).as(agency + ": " + saved.body()).isEqualTo(200);
		return ApiClient.json(saved).path("id").asLong();
	}

	private long taskByCode(long plan, String code, Login login) {
		for (JsonNode task : ApiClient.json(api.get("/api/tasks?documentId=" + plan, login))) {
			if (task.path("code").asString().equals(code)) {
				return task.path("id").asLong();
			}
		}
		throw new AssertionError("no task " + code + " visible to " + login.user());
	}

	private int runReminders() {
		HttpResponse<String> run = api.post("/api/reminders/run", "", monitor);
		assertThat(run.statusCode()).isEqualTo(200);
		return ApiClient.json(run).path("sent").asInt();
	}

	private Map<String, String> timeliness(long cycle, Login login) {
		Map<String, String> byAgency = new LinkedHashMap<>();
		for (JsonNode line : ApiClient.json(api.get("/api/cycles/" + cycle + "/timeliness", login))) {
			byAgency.put(line.path("agency").asString(), line.path("timeliness").asString());
		}
		return byAgency;
	}

	private JsonNode line(long cycle, String agency) {
		for (JsonNode line : ApiClient.json(api.get("/api/cycles/" + cycle + "/timeliness", monitor))) {
			if (line.path("agency").asString().equals(agency)) {
				return line;
			}
		}
		throw new AssertionError("no timeliness line for " + agency);
	}

	private static long agencyId(JsonNode cycle, String name) {
		for (JsonNode agency : cycle.path("agencies")) {
			if (agency.path("name").asString().equals(name)) {
				return agency.path("id").asLong();
			}
		}
		throw new AssertionError("no agency " + name + " in the cycle");
	}

	private static String status(HttpResponse<String> response) {
		return ApiClient.json(response).path("status").asString();
	}

	private Login user(Role role, Long agencyId, String agency) {
		String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		users.create(name, PASSWORD, role, agencyId, "test");
		if (agency != null) {
			String email = name + "@sonla.gov.vn";
			users.setEmail(name, email, "test");
			emails.put(agency, email);
		}
		return new Login(name, PASSWORD);
	}

	private static MimeMessage only(List<MimeMessage> messages) {
		assertThat(messages).hasSize(1);
		return messages.get(0);
	}

	/** The distinct messages addressed to {@code address}, in the order received. */
	private static List<MimeMessage> messagesTo(String address) throws Exception {
		Map<String, MimeMessage> byId = new LinkedHashMap<>();
		for (MimeMessage message : MAIL.getReceivedMessages()) {
			Address[] recipients = message.getRecipients(Message.RecipientType.TO);
			if (recipients != null && Arrays.stream(recipients).anyMatch(r -> r.toString().equals(address))) {
				byId.putIfAbsent(message.getMessageID(), message);
			}
		}
		return new ArrayList<>(byId.values());
	}

	private static GreenMail startMail() {
		GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		mail.start();
		return mail;
	}
}
