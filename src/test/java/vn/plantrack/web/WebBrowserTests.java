package vn.plantrack.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.plantrack.registry.DocumentImport;
import vn.plantrack.registry.PlanReview;
import vn.plantrack.registry.Role;
import vn.plantrack.registry.UserAccounts;
import vn.plantrack.support.TestDatabases;
import vn.plantrack.tracking.Actor;
import vn.plantrack.tracking.CycleExceptions;
import vn.plantrack.tracking.Frequency;
import vn.plantrack.tracking.ReportingCycles;

/**
 * A MONITOR in a real browser (Debian's headless Chromium): logs in, uploads seed 000 (14-CTr/TU), reviews
 * the draft beside the source text, confirms it, and finds its tasks in the plan tree; then the task,
 * indicator (chart drawn under the strict CSP), overview, agencies and search pages. Screenshots of each
 * page go to docs/screenshots/. Then a REPORTER sends its agency's periodic report from "Việc của tôi" and the
 * MONITOR sees the overview's count of late and missing reports move.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "plantrack.samples.import-on-first-start=false")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebBrowserTests {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path SCREENSHOTS = Path.of("docs/screenshots");

	static final Path SEED_000 = Path.of("src/main/resources/samples/000_c86e37a0cf2b9f3d.txt");

	static final String PASSWORD = "monitor-Password-1";

	@TestConfiguration
	static class FixedClock {

		/** 01/07/2027: the 2026-2030 programme is running and its 2026 deadlines have passed. */
		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(Instant.parse("2027-07-01T03:00:00Z"), ZoneOffset.ofHours(7));
		}
	}

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

	static WebDriver browser;

	static Path profile;

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportingCycles cycles;

	@Autowired
	CycleExceptions exceptions;

	@Autowired
	DocumentImport documentImport;

	@Autowired
	PlanReview planReview;

	@BeforeAll
	static void startBrowser() throws IOException {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
				"WebBrowserTests skipped: /usr/bin/chromium is not installed (apt-get install chromium chromium-driver)");
		profile = Files.createTempDirectory("plantrack-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--user-data-dir=" + profile, "--window-size=1366,1000", "--lang=vi");
		// console messages, to catch anything the strict CSP blocked
		options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		Files.createDirectories(SCREENSHOTS);
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (browser != null) {
			browser.quit();
		}
		if (profile != null) {
			try (var files = Files.walk(profile)) {
				files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
		}
	}

	@Test
	@Order(1)
	void aMonitorImportsReviewsAndConfirmsAPlanAndFindsItsTasksInThePlanTree() throws IOException {
		monitorAccount();
		WebDriverWait wait = patientWait();

		open("/login");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Đăng nhập");
		browser.findElement(By.id("username")).sendKeys("giamsat");
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.cssSelector("form button[type=submit]:not(.inline button)")).click();
		wait.until(ExpectedConditions.urlContains("/overview"));

		open("/documents/upload");
		browser.findElement(By.id("file")).sendKeys(SEED_000.toAbsolutePath().toString());
		shot("upload");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		wait.until(ExpectedConditions.urlMatches(".*/documents/\\d+/review$"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Xem xét kết quả trích xuất");

		// task 2.3 of Phụ lục 01 is on line 415; its link marks that line in the source pane
		WebElement link = browser.findElement(By.cssSelector("a.line-link[href='#L415']"));
		((ChromeDriver) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", link);
		link.click();
		wait.until(d -> d.findElement(By.id("L415")).getAttribute("class").contains("current"));
		assertThat(browser.findElement(By.id("L415")).getText()).matches("2\\.3\\s+Phát triển hạ tầng giao thông(?s).*");
		shot("review");

		browser.findElement(By.id("confirm")).click();
		wait.until(ExpectedConditions.urlMatches(".*/plans/\\d+$"));
		assertThat(browser.findElement(By.cssSelector("p.info[role=status]")).getText())
			.startsWith("Đã xác nhận kế hoạch:");
		WebElement tree = browser.findElement(By.id("tree"));
		assertThat(tree.getText()).contains("Phát triển hạ tầng giao thông đồng bộ, hiện đại, tăng cường kết nối vùng và liên tỉnh");
		shot("plan");

		// htmx: choosing "Quá hạn" reloads only the tree; the 2026 tasks 3.2 (line 425) and 7.3 (line 457) remain
		new Select(browser.findElement(By.id("f-status"))).selectByValue("QUA_HAN");
		// htmx swaps #tree out (outerHTML) while we read it; patientWait() looks again
		wait.until(d -> !d.findElement(By.id("tree")).getText().contains("Phát triển hạ tầng giao thông đồng bộ"));
		assertThat(browser.findElement(By.id("tree")).getText())
			.contains("Ban hành Nghị quyết Quy định chính sách hỗ trợ phát triển du lịch tỉnh Sơn La giai đoạn 2027-2032");
		shot("plan-overdue");

		long documentId = jdbc.sql("SELECT id FROM document WHERE symbol = '14-CTr/TU'").query(Long.class).single();
		long task = jdbc.sql("SELECT id FROM task WHERE document_id = ? AND source_line = 415").param(documentId)
			.query(Long.class).single();
		open("/tasks/" + task);
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Phát triển hạ tầng giao thông");
		shot("task");

		// indicator 6, line 505: urbanisation rate 25,8% by 2030; two yearly values make a chart
		long indicator = jdbc.sql("SELECT id FROM indicator WHERE document_id = ? AND source_line = 505").param(documentId)
			.query(Long.class).single();
		observe(indicator, 2025, "20");
		observe(indicator, 2026, "21.5");
		open("/indicators/" + indicator);
		wait.until(d -> "true".equals(d.findElement(By.id("indicator-chart")).getAttribute("data-rendered")));
		assertThat(browser.findElements(By.cssSelector("#indicator-chart canvas"))).isNotEmpty();
		shot("indicator");

		open("/overview");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tổng quan");
		shot("overview");

		open("/agencies");
		shot("agencies");

		browser.findElement(By.id("site-search")).sendKeys("tai chinh");
		browser.findElement(By.cssSelector("form.search-box button")).click();
		wait.until(ExpectedConditions.urlContains("/search"));
		assertThat(browser.findElements(By.cssSelector("ol.hits mark"))).isNotEmpty();
		assertThat(browser.findElement(By.cssSelector("ol.hits mark")).getText()).isIn("Tài", "chính", "tài");
		shot("search");

		open("/findings");
		shot("findings");

		open("/overview?lang=en");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Overview");
		shot("overview-en");
		open("/overview?lang=vi");

		// nothing on any page was refused by the Content-Security-Policy (no inline script or style)
		assertThat(browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll())
			.noneMatch(entry -> entry.getMessage().contains("Content Security Policy"));

		// a phone: the review and plan pages stay usable in one column
		browser.manage().window().setSize(new Dimension(390, 844));
		open("/plans/" + documentId);
		shot("plan-phone");
		browser.manage().window().setSize(new Dimension(1366, 1000));
	}

	/**
	 * Seed 000 line 416: task 2.4 "Phát triển kết cấu hạ tầng kỹ thuật đô thị ..." and line 505: indicator 6
	 * "Tỷ lệ đô thị hóa đến năm 2030 đạt 25,8%" are led by Đảng ủy Sở Xây dựng. Its REPORTER sends the 2026
	 * yearly report (due before 15/12/2026, so late on 01/07/2027, under an exception the MONITOR granted) from
	 * "Việc của tôi"; the MONITOR's overview
	 * then counts one late report more and one missing report less for the plan.
	 */
	@Test
	@Order(2)
	void aReporterSendsItsPeriodicReportAndTheMonitorSeesTheOverviewChange() throws Exception {
		monitorAccount();
		long documentId = confirmedSeed000();
		Actor monitor = new Actor("giamsat", Role.MONITOR, null);
		if (cycles.list(documentId).isEmpty()) {
			cycles.open(documentId, Frequency.YEARLY, 2026, 0, LocalDate.of(2026, 12, 15), monitor);
		}
		long task = jdbc.sql("SELECT id FROM task WHERE document_id = ? AND source_line = 416").param(documentId)
			.query(Long.class).single();
		long indicator = jdbc.sql("SELECT id FROM indicator WHERE document_id = ? AND source_line = 505").param(documentId)
			.query(Long.class).single();
		long agency = jdbc.sql("SELECT agency_id FROM task_agency WHERE task_id = ? AND role = 'LEAD'").param(task)
			.query(Long.class).single();
		if (users.account("xaydung").isEmpty()) {
			users.create("xaydung", PASSWORD, Role.REPORTER, agency, "test");
		}
		// the 2026 cycle locked on 15/12/2026; the MONITOR gave Sở Xây dựng until before 15/7/2027
		long cycle = cycles.list(documentId).stream().filter(c -> c.year() == 2026).findFirst().orElseThrow().id();
		exceptions.grant(cycle, new CycleExceptions.Grant(agency, LocalDate.of(2027, 7, 15),
				"Đảng ủy Sở Xây dựng đề nghị gia hạn"), monitor);
		WebDriverWait wait = patientWait();

		logIn("giamsat", wait);
		open("/overview");
		int lateBefore = gapCount(documentId, "late");
		int missingBefore = gapCount(documentId, "missing");
		assertThat(missingBefore).isPositive();

		logIn("xaydung", wait);
		browser.findElement(By.linkText("Việc của tôi")).click();
		wait.until(ExpectedConditions.urlContains("/my-work"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Việc của tôi");
		assertThat(browser.findElement(By.id("work")).getText()).contains("Báo cáo Năm 2026, hạn nộp trước ngày 15/12/2026",
				"Phát triển kết cấu hạ tầng kỹ thuật đô thị", "Tỷ lệ đô thị hóa đến năm 2030 đạt 25,8%");
		int taskLine = indexOf("tasks", "taskId", task);
		int indicatorLine = indexOf("indicators", "indicatorId", indicator);
		type("tasks" + taskLine + ".percent", "30");
		type("tasks" + taskLine + ".narrative", "Đã phê duyệt danh mục công trình hạ tầng kỹ thuật đô thị năm 2026");
		// first a slip: "24.6" is not Vietnamese notation; the error appears next to the field
		type("indicators" + indicatorLine + ".value", "24.6");
		type("narrative", "Báo cáo kết quả năm 2026 của Đảng ủy Sở Xây dựng");
		click(By.id("submit-report"));
		WebElement valueError = wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.id("indicators" + indicatorLine + ".value-error")));
		assertThat(valueError.getText()).startsWith("Không đọc được số «24.6»");
		assertThat(browser.findElement(By.id("indicators" + indicatorLine + ".value")).getAttribute("aria-describedby"))
			.isEqualTo("indicators" + indicatorLine + ".value-error");
		((ChromeDriver) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", valueError);
		shot("my-work-error");
		type("indicators" + indicatorLine + ".value", "24,6");
		click(By.id("submit-report"));
		wait.until(d -> d.findElements(By.cssSelector("#work p.info[role=status]")).stream()
			.anyMatch(p -> p.getText().startsWith("Đã gửi báo cáo")));
		assertThat(browser.findElement(By.id("work")).getText()).contains("Đã gửi (khóa)", "Nộp muộn");
		shot("my-work");

		logIn("giamsat", wait);
		open("/overview");
		assertThat(gapCount(documentId, "late")).isEqualTo(lateBefore + 1);
		assertThat(gapCount(documentId, "missing")).isEqualTo(missingBefore - 1);
		assertThat(jdbc.sql("SELECT obs_value FROM submission_indicator WHERE indicator_id = ?").param(indicator)
			.query(java.math.BigDecimal.class).single()).isEqualByComparingTo("24.6");
	}

	/**
	 * Waits up to 30 s. An element that goes stale while a condition reads it (the page was replaced by a form's
	 * answer, or htmx swapped the fragment) only means "look again": CI once failed on exactly that.
	 */
	private WebDriverWait patientWait() {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	private void monitorAccount() {
		if (users.account("giamsat").isEmpty()) {
			users.create("giamsat", PASSWORD, Role.MONITOR, null, "test");
		}
	}

	/** Seed 000 confirmed: by the first test through the pages, or here when this test runs alone. */
	private long confirmedSeed000() throws Exception {
		var existing = jdbc.sql("SELECT id FROM document WHERE symbol = '14-CTr/TU'").query(Long.class).optional();
		if (existing.isPresent()) {
			return existing.get();
		}
		long id = documentImport.importFile(SEED_000.getFileName().toString(), Files.readAllBytes(SEED_000), "giamsat")
			.document().id();
		planReview.confirm(id, null, "giamsat");
		return id;
	}

	private void logIn(String username, WebDriverWait wait) {
		browser.manage().deleteAllCookies();
		open("/login");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		wait.until(ExpectedConditions.urlContains("/overview"));
	}

	/** The late or missing count of the plan's row in the overview's table of report gaps; 0 when not listed. */
	private int gapCount(long documentId, String column) {
		for (WebElement row : browser.findElements(By.cssSelector("#report-gaps tbody tr"))) {
			if (!row.findElements(By.cssSelector("a[href='/plans/" + documentId + "#reports']")).isEmpty()) {
				return Integer.parseInt(row.findElement(By.cssSelector("td." + column)).getText().strip());
			}
		}
		return 0;
	}

	private int indexOf(String list, String idField, long id) {
		for (WebElement hidden : browser.findElements(By.cssSelector("input[type=hidden][name$='." + idField + "']"))) {
			if (Long.toString(id).equals(hidden.getAttribute("value"))) {
				String name = hidden.getAttribute("name");
				return Integer.parseInt(name.substring(list.length() + 1, name.indexOf(']')));
			}
		}
		throw new AssertionError(list + " " + id + " is not on the page");
	}

	private void type(String id, String text) {
		WebElement field = browser.findElement(By.id(id));
		((ChromeDriver) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", field);
		field.clear();
		field.sendKeys(text);
	}

	private void click(By by) {
		WebElement element = browser.findElement(by);
		((ChromeDriver) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		element.click();
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	private void shot(String name) throws IOException {
		File file = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
		Files.copy(file.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

	private void observe(long indicator, int year, String value) {
		jdbc.sql("""
				INSERT INTO observation (indicator_id, period_kind, period_year, period_index, kind, obs_value, author, recorded_at)
				VALUES (?, 'YEAR', ?, 0, 'ACTUAL', ?, 'test', CURRENT_TIMESTAMP)""")
			.params(indicator, year, new java.math.BigDecimal(value))
			.update();
	}
}
