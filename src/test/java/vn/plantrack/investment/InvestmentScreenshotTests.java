package vn.plantrack.investment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.plantrack.registry.Role;
import vn.plantrack.registry.UserAccounts;
import vn.plantrack.support.TestDatabases;

/**
 * Screenshots for docs/screenshots (run with PLANTRACK_SCREENSHOTS=1): the investor ranking page and the
 * monthly report, through a headless Chromium signed in as a MONITOR, after a Sơn La 2025 year with the
 * 30/6 and 30/9 lists frozen.
 */
@EnabledIfEnvironmentVariable(named = "PLANTRACK_SCREENSHOTS", matches = ".+")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "plantrack.samples.import-on-first-start=false")
@Import(InvestmentTestTime.class)
class InvestmentScreenshotTests {

	static final Path OUT = Path.of("docs/screenshots");

	@LocalServerPort
	int port;

	@Autowired
	SettableClock clock;

	@Autowired
	Projects projects;

	@Autowired
	CapitalPlans plans;

	@Autowired
	Disbursements disbursements;

	@Autowired
	ThresholdRules rules;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	MonthlyReport report;

	@Autowired
	UserAccounts users;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

	@Test
	void capturesTheRankingPageAndTheMonthlyReport() throws IOException {
		aYearInSonLa();
		users.create("monitor", "screenshot-Pass-1", Role.MONITOR, null, "test");
		Files.createDirectories(OUT);
		ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium")
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--lang=vi");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
			.build();
		WebDriver browser = new ChromeDriver(service, options);
		try {
			browser.manage().window().setSize(new Dimension(1400, 1300));
			String base = "http://localhost:" + port;
			browser.get(base + "/login");
			browser.findElement(By.name("username")).sendKeys("monitor");
			browser.findElement(By.name("password")).sendKeys("screenshot-Pass-1");
			browser.findElement(By.cssSelector("form [type=submit]")).click();
			browser.get(base + "/investment/rankings?year=2025&month=9&locality=son-la");
			assertThat(browser.getPageSource()).contains("Ban QLDA Nông nghiệp");
			shoot(browser, "investment-rankings.png");
			browser.get(base + "/investment/projects?year=2025&month=9&locality=son-la");
			shoot(browser, "investment-projects.png");
			Path html = Files.createTempFile("monthly-report", ".html");
			Files.writeString(html, asHtml(report.xlsx(2025, 9, "son-la")), StandardCharsets.UTF_8);
			browser.get(html.toUri().toString());
			shoot(browser, "investment-monthly-report.png");
		}
		finally {
			browser.quit();
		}
	}

	private static void shoot(WebDriver browser, String name) throws IOException {
		Files.write(OUT.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}

	/** The workbook's sheets as plain HTML tables, cells as Excel formats them, to photograph the report. */
	private static String asHtml(byte[] xlsx) throws IOException {
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=vi><meta charset=utf-8><style>"
				+ "body{font:13px DejaVu Sans,sans-serif;margin:16px}table{border-collapse:collapse;margin-bottom:18px}"
				+ "td{border:1px solid #bbb;padding:3px 6px;vertical-align:top}h2{font-size:15px;margin:8px 0}</style>");
		DataFormatter formatter = new DataFormatter(java.util.Locale.forLanguageTag("vi-VN"));
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Sheet sheet : workbook) {
				html.append("<h2>Sheet: ").append(escape(sheet.getSheetName())).append("</h2><table>");
				for (Row row : sheet) {
					html.append("<tr>");
					for (int c = 0; c < row.getLastCellNum(); c++) {
						Cell cell = row.getCell(c);
						html.append("<td>").append(cell == null ? "" : escape(formatter.formatCellValue(cell))).append("</td>");
					}
					html.append("</tr>");
				}
				html.append("</table>");
			}
		}
		return html.toString();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	private void aYearInSonLa() {
		clock.set("2025-01-15T09:00");
		long road = project("Đường Mường La - Ngọc Chiến", "Ban QLDA Giao thông", "Giao thông", "10000");
		long school = project("Trường THPT Chiềng Sinh", "Ban QLDA Dân dụng", "Giáo dục", "4000");
		long canal = project("Kênh thủy lợi Nà Sản", "Ban QLDA Nông nghiệp", "Nông nghiệp", "2000");
		long hospital = project("Bệnh viện Phù Yên", "Ban QLDA Giao thông", "Y tế", "6000");
		clock.set("2025-07-10T09:00");
		months(road, 1, "500", "500", "800", "700", "1000", "1300");
		months(school, 1, "400", "400", "400", "400", "400", "400");
		months(canal, 1, "999.999");
		months(hospital, 1, "500", "500", "500", "500", "500", "500");
		checkpoints.evaluateCheckpoint(ruleOn("2025-06-30"), "monitor");
		clock.set("2025-08-20T09:00");
		disbursements.record(road, 2025, 6, new BigDecimal("1600"), null, "đính chính", "monitor");
		plans.adjust(school, 2025, new BigDecimal("5000"), "QĐ điều chỉnh", LocalDate.of(2025, 8, 15), null, "monitor");
		clock.set("2025-10-10T09:00");
		months(road, 7, "400", "300", "200");
		months(school, 7, "0", "0", "0");
		months(canal, 7, "300.001");
		months(hospital, 7, "100", "100", "100");
		checkpoints.evaluateCheckpoint(ruleOn("2025-09-30"), "monitor");
	}

	private long project(String name, String investor, String sector, String plan) {
		long id = projects.create(new NewProject("son-la", null, name, "NSNN", sector, investor, investor, null, null,
				null), "monitor").id();
		plans.assign(id, 2025, new BigDecimal(plan), "QĐ giao kế hoạch vốn 2025", LocalDate.of(2025, 1, 10), "monitor");
		return id;
	}

	private void months(long project, int first, String... amounts) {
		for (int i = 0; i < amounts.length; i++) {
			disbursements.record(project, 2025, first + i, new BigDecimal(amounts[i]), null, "báo cáo tháng", "monitor");
		}
	}

	private long ruleOn(String date) {
		return rules.list("son-la", 2025)
			.stream()
			.filter(rule -> rule.checkpointDate().toString().equals(date))
			.findFirst()
			.orElseThrow()
			.id();
	}
}
