package vn.plantrack.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.plantrack.extract.Extraction;
import vn.plantrack.registry.Documents;
import vn.plantrack.registry.PlanReview;
import vn.plantrack.support.TestDatabases;

/**
 * The pages officials use after an import: review and confirm (MONITOR only), the plan tree with its
 * filters and htmx fragment, task and indicator pages, override with reason, overview, agencies, search.
 * Expectations come from seed 000 (14-CTr/TU), Phụ lục 01 and 02.
 */
@SpringBootTest(properties = "plantrack.samples.import-on-first-start=true")
@AutoConfigureMockMvc
class WebPagesTests {

	/** 01/07/2027: the 2026-2030 programme is running. */
	static final Instant NOW = Instant.parse("2027-07-01T03:00:00Z");

	static final String SEED_000 = "000_c86e37a0cf2b9f3d.txt";

	static final String SEED_004 = "004_37c5d7600e8f8767.txt";

	@TestConfiguration
	static class FixedClock {

		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(NOW, ZoneOffset.ofHours(7));
		}
	}

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Documents documents;

	@Autowired
	PlanReview review;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	vn.plantrack.registry.UserAccounts users;

	@Autowired
	vn.plantrack.tracking.ReportingCycles cycles;

	@Test
	void sendsAnonymousVisitorsToLoginAndKeepsReviewFromReportersAndLeaders() throws Exception {
		long id = idOf(SEED_000);
		mvc.perform(get("/documents/" + id + "/review")).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/plans/" + id)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/search").param("q", "x")).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/documents/" + id + "/review").with(user("r").roles("REPORTER"))).andExpect(status().isForbidden());
		mvc.perform(get("/documents/" + id + "/review").with(user("l").roles("LEADER"))).andExpect(status().isForbidden());
		mvc.perform(post("/documents/" + id + "/review").with(user("r").roles("REPORTER")).with(csrf()))
			.andExpect(status().isForbidden());
		long lai = idOf(SEED_004);
		mvc.perform(PagesTestSupport.reviewForm(lai, review.draft(lai).orElseThrow(), f -> f).with(user("r").roles("REPORTER")))
			.andExpect(status().isForbidden());
		assertThat(documents.findById(lai).orElseThrow().status()).isEqualTo("DRAFT");
	}

	@Test
	void showsTheDraftBesideTheSourceTextWithEachItemLinkedToItsLine() throws Exception {
		long id = idOf(SEED_004);
		mvc.perform(get("/documents/" + id + "/review").with(user("m").roles("MONITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Xem xét kết quả trích xuất"),
					containsString("id=\"L1\""), containsString("Xác nhận đưa vào theo dõi"))));
		// seed 001 is prose only (2.095 lines): its tasks come from "Sở X chủ trì" sentences
		mvc.perform(get("/documents/" + idOf("001_7e4f77df858eca40.txt") + "/review").with(user("m").roles("MONITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"L2095\""), containsString("Sở Tài chính"))));
		long seed000 = idOf(SEED_000);
		// form values come back HTML-escaped (&acirc; ...); read them as a browser would
		String page = HtmlUtils.htmlUnescape(mvc.perform(get("/documents/" + seed000 + "/review").with(user("m").roles("MONITOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		// task 2.3 of Phụ lục 01 is on line 415, led by "Đảng ủy Sở Xây dựng", period 2026-2030
		assertThat(page).contains("href=\"#L415\"", "id=\"L415\"", "Phát triển hạ tầng giao thông đồng bộ, hiện đại",
				"value=\"Đảng ủy Sở Xây dựng\"", "value=\"2026-2030\"", "Hạn hiểu được: 31/12/2030");
		// indicator 5 of Phụ lục 02, line 504: "Thu ngân sách ... đạt 8.000 tỷ đồng", led by two party committees
		assertThat(page).contains("href=\"#L504\"", "Thu ngân sách trên địa bàn năm 2030 đạt 8.000 tỷ đồng",
				"value=\"Đảng ủy Sở Tài chính; Đảng ủy Thuế tỉnh\"");
	}

	@Test
	void showsAnUnreadablePeriodNextToItsFieldAndConfirmsNothing() throws Exception {
		long id = idOf(SEED_004);
		Extraction draft = review.draft(id).orElseThrow();
		assertThat(draft.tasks()).isNotEmpty();
		mvc.perform(PagesTestSupport.reviewForm(id, draft, f -> {
			f.getTasks().get(0).setPeriod("khi nào xong thì thôi");
			return f;
		}).with(user("m").roles("MONITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Không hiểu thời hạn «khi nào xong thì thôi»"),
					containsString("class=\"field-error\""), containsString("Chưa xác nhận được"))));
		assertThat(documents.findById(id).orElseThrow().status()).isEqualTo("DRAFT");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM task WHERE document_id = ?").param(id).query(Long.class).single())
			.isZero();
	}

	@Test
	void confirmsTheCorrectedDraftIntoTheRegistry() throws Exception {
		long id = confirmSeed000();
		// the MONITOR corrected the lead of task 2.3 (line 415) to "Sở Xây dựng"
		assertThat(jdbc.sql("""
				SELECT ta.name_as_written FROM task_agency ta JOIN task t ON t.id = ta.task_id
				WHERE t.document_id = ? AND t.source_line = 415 AND ta.role = 'LEAD'""").param(id).query(String.class).list())
			.containsExactly("Sở Xây dựng");
		// Phụ lục 02 lists 26 indicators (lines 503-528)
		assertThat(jdbc.sql("SELECT COUNT(*) FROM indicator WHERE document_id = ?").param(id).query(Long.class).single())
			.isEqualTo(26);
		assertThat(documents.findById(id).orElseThrow().status()).isEqualTo("CONFIRMED");
	}

	@Test
	void showsThePlanTreeFilteredByStatusAndAgencyWithAnHtmxFragment() throws Exception {
		long id = confirmSeed000();
		long task = taskOnLine(id, 415);
		mvc.perform(get("/plans/" + id).with(user("l").roles("LEADER")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Nhiệm vụ theo nhóm"),
					containsString("href=\"/tasks/" + task + "\""), containsString("/documents/" + id + "#L415"),
					// period 2026-2030 ends 31/12/2030, nothing done yet on 01/07/2027: not started
					containsString("Chưa thực hiện"), containsString("Thu ngân sách trên địa bàn năm 2030"))));
		// on 01/07/2027 the tasks due "2026" are overdue: 3.2 (line 425) and 7.3 (line 457); 2.3 (2026-2030) is not
		mvc.perform(get("/plans/" + id).param("status", "QUA_HAN").header("HX-Request", "true").with(user("l").roles("LEADER")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"tree\""), containsString("#L425"),
					not(containsString("#L415")), not(containsString("<html")), not(containsString("<header")))));
		// nothing is done yet, so nothing is done on time
		mvc.perform(get("/plans/" + id).param("status", "HOAN_THANH_DUNG_HAN").header("HX-Request", "true")
			.with(user("l").roles("LEADER")))
			.andExpect(content().string(containsString("Không có nhiệm vụ nào khớp bộ lọc.")));
		Long agency = jdbc.sql("SELECT agency_id FROM task_agency WHERE task_id = ? AND role = 'LEAD'").param(task)
			.query(Long.class).single();
		mvc.perform(get("/plans/" + id).param("agency", agency.toString()).header("HX-Request", "true")
			.with(user("l").roles("LEADER")))
			.andExpect(content().string(containsString("href=\"/tasks/" + task + "\"")));
	}

	@Test
	void showsATaskWithItsAgencyAsWrittenToEveryoneButAnotherAgencysReporter() throws Exception {
		long id = confirmSeed000();
		long task = taskOnLine(id, 415);
		mvc.perform(get("/tasks/" + task).with(user("l").roles("LEADER")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Phát triển hạ tầng giao thông"), containsString("Sở Xây dựng"),
					containsString("2026-2030"), containsString("31/12/2030"), containsString("Chủ trì"),
					not(containsString("Lưu tiến độ")))));
		// a REPORTER not bound to the lead or a coordinating agency does not see the task
		mvc.perform(get("/tasks/" + task).with(user("r").roles("REPORTER"))).andExpect(status().isForbidden());
		mvc.perform(get("/tasks/999999").with(user("l").roles("LEADER"))).andExpect(status().isNotFound());
	}

	@Test
	void letsTheLeadAgencyReportProgressAndTheMonitorCloseTheTask() throws Exception {
		long id = confirmSeed000();
		// task 7.3, line 457: "Hoàn thiện cơ chế quản lý rừng ...", period 2026, led by Đảng ủy Sở Nông nghiệp và Môi trường
		long task = taskOnLine(id, 457);
		long lead = jdbc.sql("SELECT agency_id FROM task_agency WHERE task_id = ? AND role = 'LEAD'").param(task)
			.query(Long.class).single();
		users.create("nnmt.baocao", "mat-khau-du-dai-1", vn.plantrack.registry.Role.REPORTER, lead, "test");
		mvc.perform(get("/tasks/" + task).with(user("nnmt.baocao").roles("REPORTER")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Quá hạn"), containsString("Lưu tiến độ"))));
		// in the plan tree this reporter sees its own task 7.3 but not task 2.3 (Sở Xây dựng, line 415)
		mvc.perform(get("/plans/" + id).header("HX-Request", "true").with(user("nnmt.baocao").roles("REPORTER")))
			.andExpect(content().string(allOf(containsString("href=\"/tasks/" + task + "\""), not(containsString("#L415\"")))));
		mvc.perform(post("/tasks/" + task + "/progress").param("percent", "150").param("narrative", "")
			.param("version", version(task)).with(user("nnmt.baocao").roles("REPORTER")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Tỷ lệ hoàn thành phải từ 0 đến 100."),
					containsString("Hãy ghi kết quả thực hiện."))));
		mvc.perform(post("/tasks/" + task + "/progress").param("percent", "40")
			.param("narrative", "Đã trình dự thảo cơ chế quản lý rừng").param("version", version(task))
			.with(user("nnmt.baocao").roles("REPORTER")).with(csrf()))
			.andExpect(redirectedUrl("/tasks/" + task));
		// reporting progress started the task today (01/07/2027): it cannot have been finished before that
		mvc.perform(post("/tasks/" + task + "/status").param("status", "DONE").param("on", "15/03/2027")
			.param("version", version(task)).with(user("m").roles("MONITOR")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không lưu được: Ngày hoàn thành")));
		mvc.perform(post("/tasks/" + task + "/status").param("status", "DONE").param("on", "31/02/2027")
			.param("version", version(task)).with(user("m").roles("MONITOR")).with(csrf()))
			.andExpect(content().string(containsString("Ngày «31/02/2027» không hợp lệ")));
		mvc.perform(post("/tasks/" + task + "/status").param("status", "DONE").param("on", "")
			.param("version", version(task)).with(user("m").roles("MONITOR")).with(csrf()))
			.andExpect(redirectedUrl("/tasks/" + task));
		// done on 01/07/2027, due 31/12/2026: done late
		mvc.perform(get("/tasks/" + task).with(user("l").roles("LEADER")))
			.andExpect(content().string(allOf(containsString("Hoàn thành quá hạn"), containsString("01/07/2027"),
					containsString("Đã trình dự thảo cơ chế quản lý rừng"), containsString("đổi trạng thái"))));
	}

	@Test
	void showsTheAgencyAsWrittenAndItsSuccessorAfterTheReorganisation() throws Exception {
		long id = idOf("002_17c3b43f6ad53c25.txt");
		if (!confirmed(id)) {
			review.confirm(id, null, "m");
		}
		// seed 002 line 311: task 1 "Xây dựng Đề án thu hút đầu tư ...", Sở Kế hoạch và Đầu tư, Quý I/2021;
		// that department merged into Sở Tài chính on 01/03/2025
		long task = taskOnLine(id, 311);
		mvc.perform(get("/tasks/" + task).with(user("l").roles("LEADER")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Xây dựng Đề án thu hút đầu tư trên địa bàn tỉnh Sơn La"),
					containsString("<td>Sở Kế hoạch và Đầu tư</td>"), containsString(">Sở Tài chính</a>"),
					containsString("(kế thừa nhiệm vụ của Sở Kế hoạch và Đầu tư)"), containsString("Quý I/2021"),
					containsString("31/03/2021"), containsString("Quá hạn"),
					// the history includes the plan's confirmation
					containsString("xác nhận kế hoạch"))));
	}

	@Test
	void letsOnlyAMonitorOverrideAVerdictAndOnlyWithAReason() throws Exception {
		long id = confirmSeed000();
		long indicator = indicatorOnLine(id, 504);
		mvc.perform(get("/indicators/" + indicator).with(user("l").roles("LEADER")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("8.000 tỷ đồng"), containsString("data-chart-url"),
					not(containsString("Lưu điều chỉnh")))));
		mvc.perform(post("/indicators/" + indicator + "/override").param("verdict", "MET").param("reason", "x")
			.with(user("l").roles("LEADER")).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/indicators/" + indicator + "/override").param("verdict", "MET").param("reason", " ")
			.with(user("m").roles("MONITOR")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Phải nêu lý do điều chỉnh.")));
		mvc.perform(post("/indicators/" + indicator + "/override").param("verdict", "MET")
			.param("reason", "Số liệu Cục Thống kê tháng 6/2027").with(user("m").roles("MONITOR")).with(csrf()))
			.andExpect(redirectedUrl("/indicators/" + indicator));
		mvc.perform(get("/indicators/" + indicator).with(user("m").roles("MONITOR")))
			.andExpect(content().string(allOf(containsString("Số liệu Cục Thống kê tháng 6/2027"), containsString("Đạt"),
					containsString("điều chỉnh đánh giá"))));
	}

	@Test
	void servesTheChartDataOfAnIndicator() throws Exception {
		long id = confirmSeed000();
		long indicator = indicatorOnLine(id, 505);
		observe(indicator, 2026, "24");
		mvc.perform(get("/indicators/" + indicator + "/chart.json").with(user("l").roles("LEADER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.years[0]").value("2026"))
			.andExpect(jsonPath("$.actual[0]").value(24))
			.andExpect(jsonPath("$.labels.target").value("Mục tiêu"));
	}

	@Test
	void findsWordsTypedWithoutDiacriticsAndMarksThem() throws Exception {
		long id = confirmSeed000();
		long indicator = indicatorOnLine(id, 504);
		mvc.perform(get("/search").param("q", "thu ngan sach").with(user("l").roles("LEADER")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/indicators/" + indicator + "\""),
					containsString("<mark>Thu</mark> <mark>ngân</mark> <mark>sách</mark>"))));
		mvc.perform(get("/search").param("q", "tai chinh").with(user("l").roles("LEADER")))
			.andExpect(content().string(containsString("<mark>Tài</mark> <mark>chính</mark>")));
		mvc.perform(get("/search").param("q", "<script>").with(user("l").roles("LEADER")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<mark><script>"))));
	}

	@Test
	void showsWhoHasNotSentThePeriodicReportOnThePlanPage() throws Exception {
		long id = confirmSeed000();
		if (cycles.list(id).isEmpty()) {
			// the yearly report for 2026, due before 15/12/2026 (seed 000: yearly reports "trước ngày 15/12")
			cycles.open(id, vn.plantrack.tracking.Frequency.YEARLY, 2026, 0, java.time.LocalDate.of(2026, 12, 15),
					new vn.plantrack.tracking.Actor("m", vn.plantrack.registry.Role.MONITOR, null));
		}
		// on 01/07/2027 nobody has sent it: every lead agency is missing, among them Đảng ủy Sở Xây dựng (task 2.4, line 416)
		String page = HtmlUtils.htmlUnescape(mvc.perform(get("/plans/" + id).with(user("l").roles("LEADER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page).contains("Báo cáo định kỳ", "Năm 2026", "15/12/2026", "class=\"missing\"");
		assertThat(page).containsPattern("class=\"missing\" href=\"/agencies/\\d+\">Đảng ủy Sở Xây dựng</a>");
		assertThat(page).containsPattern("<td class=\"num\">0/\\d+</td>");
		// the province overview lists the cycle among the reports missing
		mvc.perform(get("/overview").with(user("l").roles("LEADER")))
			.andExpect(content().string(allOf(containsString("Báo cáo định kỳ chưa nộp hoặc nộp muộn"),
					containsString("/plans/" + id + "#reports"), containsString("15/12/2026"))));
	}

	@Test
	void listsTheProblemsOfEachDocumentWithTheirLines() throws Exception {
		long id = idOf(SEED_004);
		// seed 004 line 9: "Kế hoạch số 52-KH/ĐU ngày 25/3/2206" — a year no plan can mean
		mvc.perform(get("/findings").with(user("l").roles("LEADER")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/documents/" + id + "#L9\""), containsString("2206"),
					containsString("Lỗi"))));
	}

	@Test
	void showsTheOverviewAndTheAgencyLeagueTable() throws Exception {
		confirmSeed000();
		mvc.perform(get("/overview").with(user("l").roles("LEADER")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Tổng quan"), containsString("Chưa thực hiện"),
					containsString("Số liệu tính đến ngày 01/07/2027"), containsString("14-CTr/TU"))));
		mvc.perform(get("/agencies").with(user("l").roles("LEADER")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Tỷ lệ đúng hạn"), containsString("Sở Xây dựng"))));
		mvc.perform(get("/overview").param("lang", "en").with(user("l").roles("LEADER")))
			.andExpect(content().string(allOf(containsString("Overview"), containsString("Not started"))));
	}

	private long confirmSeed000() throws Exception {
		long id = idOf(SEED_000);
		if (!confirmed(id)) {
			Extraction draft = review.draft(id).orElseThrow();
			int task = -1;
			for (int i = 0; i < draft.tasks().size(); i++) {
				if (draft.tasks().get(i).line() == 415) {
					task = i;
				}
			}
			assertThat(task).as("task 2.3 on line 415 is in the draft").isNotNegative();
			int index = task;
			mvc.perform(PagesTestSupport.reviewForm(id, draft, f -> {
				f.getTasks().get(index).setLead("Sở Xây dựng");
				return f;
			}).with(user("m").roles("MONITOR"))).andExpect(redirectedUrl("/plans/" + id));
		}
		return id;
	}

	private String version(long task) {
		return jdbc.sql("SELECT version FROM task WHERE id = ?").param(task).query(Integer.class).single().toString();
	}

	private boolean confirmed(long id) {
		return "CONFIRMED".equals(documents.findById(id).orElseThrow().status());
	}

	private long idOf(String fileName) {
		return documents.list().stream().filter(d -> d.fileName().equals(fileName)).findFirst().orElseThrow().id();
	}

	private long taskOnLine(long documentId, int line) {
		return jdbc.sql("SELECT id FROM task WHERE document_id = ? AND source_line = ?").params(documentId, line)
			.query(Long.class).single();
	}

	private long indicatorOnLine(long documentId, int line) {
		return jdbc.sql("SELECT id FROM indicator WHERE document_id = ? AND source_line = ?").params(documentId, line)
			.query(Long.class).single();
	}

	private void observe(long indicator, int year, String value) {
		jdbc.sql("""
				INSERT INTO observation (indicator_id, period_kind, period_year, period_index, kind, obs_value, author, recorded_at)
				VALUES (?, 'YEAR', ?, 0, 'ACTUAL', ?, 'test', ?)""")
			.params(indicator, year, new java.math.BigDecimal(value), Timestamp.from(NOW))
			.update();
	}
}
