package vn.plantrack.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.plantrack.registry.DocumentImport;
import vn.plantrack.registry.PlanConfirmation;
import vn.plantrack.registry.Role;
import vn.plantrack.registry.UserAccounts;
import vn.plantrack.reporting.export.ReportFixture;
import vn.plantrack.support.Http;

/**
 * Reports and data-entry workbooks over real HTTP: who may fetch what, and a workbook sent back by the
 * agency's reporter. The plan is ReportFixture's. Runs on H2 and PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "plantrack.samples.import-on-first-start=false")
abstract class ReportApiIntegrationTests {

	static final Instant NOW = Instant.parse("2026-07-10T03:00:00Z");

	static final String PASSWORD = "mat-khau-thu-nghiem-1";

	@TestConfiguration
	static class FixedClock {

		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(NOW, ZoneOffset.ofHours(7));
		}
	}

	@LocalServerPort
	int port;

	@Autowired
	DocumentImport documentImport;

	@Autowired
	PlanConfirmation confirmation;

	@Autowired
	UserAccounts users;

	@Autowired
	JdbcClient jdbc;

	long plan;

	String suffix;

	@BeforeEach
	void aPlanAndItsUsers() throws Exception {
		plan = ReportFixture.aConfirmedPlanWithProgressAndObservations(documentImport, confirmation, jdbc, NOW);
		suffix = UUID.randomUUID().toString().substring(0, 8);
		long xayDung = jdbc.sql("""
				SELECT a.id FROM agency a JOIN task_agency ta ON ta.agency_id = a.id JOIN task t ON t.id = ta.task_id
				WHERE t.document_id = ? AND t.code = '2.1'""").param(plan).query(Long.class).single();
		users.create("monitor-" + suffix, PASSWORD, Role.MONITOR, null, "test");
		users.create("leader-" + suffix, PASSWORD, Role.LEADER, null, "test");
		users.create("xd-" + suffix, PASSWORD, Role.REPORTER, xayDung, "test");
	}

	@Test
	void givesTheLeadershipTheReportAsAWordFile() throws Exception {
		HttpResponse<byte[]> response = get("/api/documents/" + plan + "/report?cycle=2026-H1&format=docx",
				"leader-" + suffix);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow())
			.startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains("2026-H1.docx");
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(response.body()))) {
			assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).contains("BÁO CÁO");
		}
	}

	@Test
	void refusesTheReportToAReporterAndToAnonymousCallers() {
		assertThat(get("/api/documents/" + plan + "/report?cycle=2026-H1", "xd-" + suffix).statusCode()).isEqualTo(403);
		assertThat(get("/api/documents/" + plan + "/report?cycle=2026-H1", null).statusCode()).isEqualTo(401);
	}

	@Test
	void answersABadCycleWith400AndAnUnknownPlanWith404() {
		HttpResponse<byte[]> bad = get("/api/documents/" + plan + "/report?cycle=2026-Q9&format=pdf", "monitor-" + suffix);
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(new String(bad.body(), StandardCharsets.UTF_8)).contains("2026-Q9");
		assertThat(get("/api/documents/987654/report?cycle=2026-H1", "monitor-" + suffix).statusCode()).isEqualTo(404);
	}

	@Test
	void letsAReporterFetchOnlyItsOwnAgencysWorkbook() {
		assertThat(get("/api/documents/" + plan + "/workbook?agency=" + enc("Sở Nội vụ") + "&cycle=2026-H1",
				"xd-" + suffix).statusCode()).isEqualTo(403);
		assertThat(get("/api/documents/" + plan + "/workbook?agency=" + enc("Sở Xây dựng") + "&cycle=2026-H1",
				"xd-" + suffix).statusCode()).isEqualTo(200);
	}

	@Test
	void importsAWorkbookSentBackByTheReporterAndListsBadCells() throws Exception {
		byte[] workbook = get("/api/documents/" + plan + "/workbook?agency=" + enc("Sở Xây dựng") + "&cycle=2026-H1",
				"xd-" + suffix).body();
		byte[] good = edit(workbook, 3, 6, "40"); // 2.4: progress 40 %
		byte[] bad = edit(workbook, 3, 6, "bốn mươi");

		HttpResponse<String> rejected = new Http(port).upload("/api/submissions/workbook", "so-nhap-lieu.xlsx", bad,
				"xd-" + suffix, PASSWORD);
		assertThat(rejected.statusCode()).isEqualTo(422);
		assertThat(rejected.body()).contains("Nhiệm vụ!G4: không phải số");

		HttpResponse<String> accepted = new Http(port).upload("/api/submissions/workbook", "so-nhap-lieu.xlsx", good,
				"xd-" + suffix, PASSWORD);
		assertThat(accepted.statusCode()).isEqualTo(200);
		assertThat(accepted.body()).contains("\"tasksUpdated\":1");
		assertThat(jdbc.sql("SELECT progress FROM task WHERE document_id = ? AND code = '2.4'").param(plan)
			.query(Integer.class).single()).isEqualTo(40);
	}

	@Test
	void servesTheAgencysDeadlinesAsACalendarUntilTheFeedIsRevoked() throws Exception {
		long xayDung = jdbc.sql("SELECT agency_id FROM app_user WHERE username = ?").param("xd-" + suffix)
			.query(Long.class).single();
		HttpResponse<byte[]> created = send("POST", "/api/agencies/" + xayDung + "/calendar-feeds", "xd-" + suffix);
		assertThat(created.statusCode()).isEqualTo(201);
		String body = new String(created.body(), StandardCharsets.UTF_8);
		String url = body.replaceAll(".*\"url\":\"([^\"]+)\".*", "$1");
		long feedId = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));

		HttpResponse<byte[]> feed = get(url, null);
		assertThat(feed.statusCode()).isEqualTo(200);
		assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
		net.fortuna.ical4j.model.Calendar calendar = new net.fortuna.ical4j.data.CalendarBuilder()
			.build(new ByteArrayInputStream(feed.body()));
		java.util.List<net.fortuna.ical4j.model.component.VEvent> events = calendar.getComponents("VEVENT");
		java.util.Map<String, String> startBySummary = new java.util.HashMap<>();
		for (var event : events) {
			startBySummary.put(event.getSummary().getValue(), event.getDateTimeStart().getValue());
		}
		// Sở Xây dựng leads 2.1 (due 31/05/2026) and 2.4 (30/09/2026); 2.3 recurs yearly and has no single date
		assertThat(startBySummary).containsEntry("Hạn nhiệm vụ 2.1 =Rà soát quy hoạch đô thị", "20260531")
			.containsEntry("Hạn nhiệm vụ 2.4 Xây dựng nhà ở xã hội", "20260930");
		// this plan: cut-offs 14/6 and 14/12 of 2026 and 2027 (other tests' plans share the agency)
		String symbol = jdbc.sql("SELECT symbol FROM document WHERE id = ?").param(plan).query(String.class).single();
		assertThat(startBySummary).containsEntry("Hạn số liệu báo cáo 6 tháng đầu năm 2026 — " + symbol, "20260614")
			.containsEntry("Hạn số liệu báo cáo năm 2027 — " + symbol, "20271214");
		assertThat(startBySummary.keySet()).filteredOn(k -> k.endsWith(" — " + symbol)).hasSize(4);

		long otherAgency = jdbc.sql("""
				SELECT ta.agency_id FROM task_agency ta JOIN task t ON t.id = ta.task_id
				WHERE t.document_id = ? AND t.code = '1.2'""").param(plan).query(Long.class).single();
		assertThat(send("POST", "/api/agencies/" + otherAgency + "/calendar-feeds", "xd-" + suffix).statusCode())
			.isEqualTo(403);

		assertThat(send("DELETE", "/api/calendar-feeds/" + feedId, "xd-" + suffix).statusCode()).isEqualTo(204);
		assertThat(get(url, null).statusCode()).isEqualTo(404);
	}

	@Test
	void publishesOpenDataOnlyForALocalityThatChoseTo() {
		assertThat(get("/api/open-data/lai-chau", null).statusCode()).isEqualTo(404);
		jdbc.sql("UPDATE locality SET publishes_open_data = TRUE WHERE code = 'son-la'").update();
		String symbol = jdbc.sql("SELECT symbol FROM document WHERE id = ?").param(plan).query(String.class).single();

		HttpResponse<byte[]> json = get("/api/open-data/son-la", null);
		assertThat(json.statusCode()).isEqualTo(200);
		String body = new String(json.body(), StandardCharsets.UTF_8);
		assertThat(body).contains("\"schema\":\"plantrack-open-data/1\"", "\"symbol\":\"" + symbol + "\"",
				"\"verdict\":\"AT_RISK\"");

		HttpResponse<byte[]> tasks = get("/api/open-data/son-la/tasks.csv", null);
		assertThat(tasks.statusCode()).isEqualTo(200);
		String csv = new String(tasks.body(), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("plan_id,plan_symbol,code,group,title,lead,period,due,status,status_class,"
				+ "status_class_label,line\r\n");
		// 2.1 (fixture line 13) is open after its 31/05/2026 deadline on 10/07/2026; its "=" title is defused
		assertThat(csv).contains(plan + "," + symbol + ",2.1,II,'=Rà soát quy hoạch đô thị,Sở Xây dựng,31/05/2026,"
				+ "2026-05-31,IN_PROGRESS,OVERDUE,Quá hạn,13\r\n");
		assertThat(get("/api/open-data/son-la/passwords.csv", null).statusCode()).isEqualTo(404);
	}

	private HttpResponse<byte[]> send(String method, String path, String user) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.build();
		try {
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] edit(byte[] workbook, int row, int column, String value) throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var cell = book.getSheet("Nhiệm vụ").getRow(row).getCell(column);
			if (value.matches("\\d+")) {
				cell.setCellValue(Double.parseDouble(value));
			}
			else {
				cell.setCellValue(value);
			}
			book.write(out);
			return out.toByteArray();
		}
	}

	private static String enc(String text) {
		return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private HttpResponse<byte[]> get(String path, String user) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
		if (user != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
		}
		try {
			return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}
}
