package vn.plantrack.investment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.plantrack.registry.Role;
import vn.plantrack.registry.UserAccounts;
import vn.plantrack.support.Http;

/**
 * The investment API over real HTTP: who may read and write, registering a document's projects once,
 * plans and monthly figures with revisions, the Excel import refused with located errors, the report.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "plantrack.samples.import-on-first-start=true")
@Import(InvestmentTestTime.class)
abstract class InvestmentApiIntegrationTests {

	static final String PASSWORD = "investment-Test-1";

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SettableClock clock;

	ApiClient api;

	@BeforeEach
	void usersAndClock() {
		api = new ApiClient(port);
		clock.set("2026-03-05T09:00");
		for (Role role : new Role[] { Role.MONITOR, Role.LEADER }) {
			String name = role.name().toLowerCase();
			if (jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = ?").param(name).query(Long.class).single() == 0) {
				users.create(name, PASSWORD, role, null, "test");
			}
		}
	}

	@Test
	void letsLeadersReadButOnlyMonitorsWrite() {
		assertThat(api.send("GET", "/api/projects", null, null, null).statusCode()).isEqualTo(401);
		assertThat(api.send("GET", "/api/investment/rankings?year=2025&month=9", null, "leader", PASSWORD).statusCode())
			.isEqualTo(200);
		assertThat(api.send("POST", "/api/projects", newProject("Dự án của lãnh đạo"), "leader", PASSWORD).statusCode())
			.isEqualTo(403);
		assertThat(api.send("POST", "/api/projects", newProject("Dự án của văn phòng"), "monitor", PASSWORD).statusCode())
			.isEqualTo(201);
		assertThat(api.send("PUT", "/api/investment/rules/1", "{}", "leader", PASSWORD).statusCode()).isEqualTo(403);
	}

	@Test
	void registersTheDraftsProjectsOfSeed004OnceThroughTheApi() {
		long document = jdbc.sql("SELECT d.id FROM document d JOIN source_file f ON f.document_id = d.id"
				+ " WHERE f.file_name = '004_37c5d7600e8f8767.txt'").query(Long.class).single();

		HttpResponse<String> first = api.send("POST", "/api/documents/" + document + "/projects", null, "monitor",
				PASSWORD);
		HttpResponse<String> again = api.send("POST", "/api/documents/" + document + "/projects", null, "monitor",
				PASSWORD);

		// 004 Phụ lục 4, lines 698-864: 36 state-budget rows and 79 others
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.body()).contains("\"added\":115", "\"existing\":0");
		assertThat(again.body()).contains("\"added\":0", "\"existing\":115");
		HttpResponse<String> list = api.send("GET", "/api/projects?locality=lai-chau", null, "leader", PASSWORD);
		assertThat(list.body()).contains("Cao tốc Bảo Hà (Lào Cai) - Lai Châu (CT13).", "\"sourceLine\":701");
		assertThat(api.send("POST", "/api/documents/999999/projects", null, "monitor", PASSWORD).statusCode())
			.isEqualTo(404);
	}

	@Test
	void recordsAPlanAndMonthlyFiguresKeepingCorrectionsAsRevisions() {
		long id = created(api.send("POST", "/api/projects", newProject("Cầu Pá Ngừa"), "monitor", PASSWORD));
		HttpResponse<String> plan = api.send("POST", "/api/projects/" + id + "/plans",
				"{\"year\":2026,\"amount\":2500.5,\"decidingDocument\":\"QĐ 12/QĐ-UBND\",\"decidedOn\":\"2026-01-08\"}",
				"monitor", PASSWORD);
		assertThat(plan.statusCode()).isEqualTo(201);
		String january = "{\"year\":2026,\"month\":1,\"amount\":250.05}";

		assertThat(api.send("POST", "/api/projects/" + id + "/disbursements", january, "monitor", PASSWORD).statusCode())
			.isEqualTo(201);
		HttpResponse<String> same = api.send("POST", "/api/projects/" + id + "/disbursements", january, "monitor", PASSWORD);
		assertThat(same.statusCode()).isEqualTo(200);
		assertThat(same.body()).contains("\"outcome\":\"UNCHANGED\"");
		HttpResponse<String> corrected = api.send("POST", "/api/projects/" + id + "/disbursements",
				"{\"year\":2026,\"month\":1,\"amount\":300}", "monitor", PASSWORD);
		assertThat(corrected.body()).contains("\"outcome\":\"REVISED\"", "\"revision\":2");
		assertThat(api.send("GET", "/api/projects/" + id + "/disbursements", null, "leader", PASSWORD).body())
			.contains("\"revision\":1", "\"amount\":250.050", "\"revision\":2", "\"amount\":300.000");
		// 300 of 2500.5 = 11.9976...% → 12.00
		assertThat(api.send("GET", "/api/projects?year=2026&month=1", null, "leader", PASSWORD).body())
			.contains("\"rate\":12.00");

		HttpResponse<String> badMonth = api.send("POST", "/api/projects/" + id + "/disbursements",
				"{\"year\":2026,\"month\":13,\"amount\":1}", "monitor", PASSWORD);
		assertThat(badMonth.statusCode()).isEqualTo(400);
		assertThat(badMonth.body()).contains("tháng không hợp lệ: 13");
		assertThat(api.send("GET", "/api/projects/999999", null, "leader", PASSWORD).statusCode()).isEqualTo(404);
	}

	@Test
	void refusesAWholeSheetWithLocatedErrorsAndServesTheMonthlyReport() throws IOException {
		long id = created(api.send("POST", "/api/projects", newProject("Trạm dừng nghỉ"), "monitor", PASSWORD));
		api.send("POST", "/api/projects/" + id + "/plans",
				"{\"year\":2026,\"amount\":1000,\"decidedOn\":\"2026-01-08\"}", "monitor", PASSWORD);

		HttpResponse<String> refused = new Http(port).upload("/api/investment/disbursements/import?year=2026&month=2",
				"thang-2.xlsx", sheet(id, "mười"), "monitor", PASSWORD);

		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("Sheet 'Tháng 2', dòng 2, cột B: số giải ngân không hợp lệ: \\\"mười\\\"");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM disbursement WHERE project_id = ?").param(id).query(Long.class).single())
			.isZero();

		HttpResponse<String> accepted = new Http(port).upload("/api/investment/disbursements/import?year=2026&month=2",
				"thang-2.xlsx", sheet(id, "100,5"), "monitor", PASSWORD);
		assertThat(accepted.statusCode()).isEqualTo(200);
		assertThat(accepted.body()).contains("\"created\":1");

		HttpResponse<String> report = new Http(port).get("/api/investment/report.xlsx?year=2026&month=2", "leader",
				PASSWORD);
		assertThat(report.statusCode()).isEqualTo(200);
		assertThat(report.headers().firstValue("Content-Type").orElse(""))
			.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(report.headers().firstValue("Content-Disposition").orElse("")).contains("giai-ngan-2026-02.xlsx");
	}

	@Test
	void letsAMonitorNameTheInvestorOfAnExtractedProjectAndEditRules() {
		long id = created(api.send("POST", "/api/projects", newProject("Cảng cạn Phong Thổ"), "monitor", PASSWORD));

		HttpResponse<String> patched = api.send("PATCH", "/api/projects/" + id,
				"{\"investor\":\"Ban QLDA đầu tư xây dựng tỉnh\"}", "monitor", PASSWORD);

		assertThat(patched.statusCode()).isEqualTo(200);
		assertThat(patched.body()).contains("\"investor\":\"Ban QLDA đầu tư xây dựng tỉnh\"");
		HttpResponse<String> rule = api.send("POST", "/api/investment/rules",
				"{\"localityCode\":\"lai-chau\",\"year\":2026,\"checkpointDate\":\"2026-06-30\",\"minimumRate\":45,"
						+ "\"action\":\"EXPLANATION_REQUEST\",\"sourceText\":\"Kế hoạch năm 2026\"}",
				"monitor", PASSWORD);
		assertThat(rule.statusCode()).isEqualTo(201);
		assertThat(rule.body()).contains("\"basis\":\"CUMULATIVE\"", "\"minimumRate\":45.00");
		HttpResponse<String> bad = api.send("POST", "/api/investment/rules",
				"{\"localityCode\":\"lai-chau\",\"year\":2026,\"checkpointDate\":\"2026-09-30\",\"minimumRate\":60,"
						+ "\"action\":\"THU_HOI\"}", "monitor", PASSWORD);
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("action không hợp lệ: \\\"THU_HOI\\\"");
	}

	@Test
	void refusesToFreezeACheckpointBeforeItsDate() {
		long june = jdbc.sql("SELECT r.id FROM threshold_rule r JOIN locality l ON l.id = r.locality_id"
				+ " WHERE l.code = 'son-la' AND r.checkpoint_date = DATE '2025-06-30'").query(Long.class).single();
		clock.set("2025-06-29T23:00");

		HttpResponse<String> early = api.send("POST", "/api/investment/checkpoints/" + june + "/evaluate", null,
				"monitor", PASSWORD);

		assertThat(early.statusCode()).isEqualTo(409);
		assertThat(early.body()).contains("chưa đến ngày mốc 30/06/2025");
		assertThat(api.send("GET", "/api/investment/checkpoints?locality=son-la&year=2025", null, "leader", PASSWORD)
			.body()).contains("\"evaluated\":false", "\"sourceLine\":877");
	}

	private static String newProject(String name) {
		return "{\"localityCode\":\"lai-chau\",\"name\":\"" + name
				+ "\",\"fundingGroup\":\"NSNN\",\"sector\":\"Giao thông\",\"investor\":\"Ban QLDA tỉnh\"}";
	}

	private static long created(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(201);
		String location = response.headers().firstValue("Location").orElseThrow();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private static byte[] sheet(long project, String amount) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("Tháng 2");
			var header = sheet.createRow(0);
			header.createCell(0).setCellValue("ID dự án");
			header.createCell(1).setCellValue("Giải ngân trong tháng");
			var row = sheet.createRow(1);
			row.createCell(0).setCellValue(project);
			row.createCell(1).setCellValue(amount);
			workbook.write(out);
			return out.toByteArray();
		}
	}
}
