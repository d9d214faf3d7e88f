package vn.plantrack.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.plantrack.extract.DocumentInfo;
import vn.plantrack.extract.Extraction;
import vn.plantrack.extract.IndicatorItem;
import vn.plantrack.extract.PeriodValue;
import vn.plantrack.extract.TargetValue;
import vn.plantrack.extract.TaskItem;
import vn.plantrack.registry.DocumentImport;
import vn.plantrack.registry.PlanConfirmation;
import vn.plantrack.reporting.PlanReport;
import vn.plantrack.reporting.PlanReports;
import vn.plantrack.reporting.ReportFormat;

/**
 * A consolidated report on a confirmed plan says what the stored data says, the same in DOCX, PDF and
 * XLSX. The plan below is built by hand; every expectation is worked out from it in the comments.
 * Runs on H2 and PostgreSQL.
 */
@SpringBootTest(properties = "plantrack.samples.import-on-first-start=false")
abstract class PlanReportsIntegrationTests {

	/** 10/7/2026: the first half of 2026 is closed; its cut-off is 14/6/2026 (Nghị định 09/2019). */
	static final Instant NOW = Instant.parse("2026-07-10T03:00:00Z");

	@TestConfiguration
	static class FixedClock {

		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(NOW, ZoneOffset.ofHours(7));
		}
	}

	@Autowired
	DocumentImport documentImport;

	@Autowired
	PlanConfirmation confirmation;

	@Autowired
	PlanReports reports;

	@Autowired
	JdbcClient jdbc;

	long plan;

	@BeforeEach
	void aConfirmedPlanWithProgressAndObservations() throws Exception {
		plan = ReportFixture.aConfirmedPlanWithProgressAndObservations(documentImport, confirmation, jdbc, NOW);
	}

	@Test
	void countsTasksPerGroupAndStatusClassAsOfTheCycleCutOff() {
		PlanReport report = reports.report(plan, "2026-H1").orElseThrow();

		assertThat(report.asOf()).isEqualTo(LocalDate.of(2026, 6, 14));
		assertThat(report.total().tasks()).isEqualTo(6);
		// group I: 1.1 done 20/3 before 31/3 (on time); 1.2 done 10/5 after 30/4 (late)
		PlanReport.GroupResult first = report.groups().get(0);
		assertThat(first.count(vn.plantrack.reporting.TaskStatusClass.ON_TIME)).isEqualTo(1);
		assertThat(first.count(vn.plantrack.reporting.TaskStatusClass.LATE)).isEqualTo(1);
		// group II: 2.1 open after 31/5 (overdue), 2.2 not started, due 31/12 (not started), 2.3 yearly
		// (continuous), 2.4 in progress, due 30/9 (in progress)
		PlanReport.GroupResult second = report.groups().get(1);
		assertThat(second.tasks()).isEqualTo(4);
		assertThat(second.count(vn.plantrack.reporting.TaskStatusClass.OVERDUE)).isEqualTo(1);
		assertThat(second.count(vn.plantrack.reporting.TaskStatusClass.NOT_STARTED)).isEqualTo(1);
		assertThat(second.count(vn.plantrack.reporting.TaskStatusClass.CONTINUOUS)).isEqualTo(1);
		assertThat(second.count(vn.plantrack.reporting.TaskStatusClass.IN_PROGRESS)).isEqualTo(1);
		// 1.2: 10/5 - 30/4 = 10 days late; 2.1: 14/6 - 31/5 = 14 days overdue
		assertThat(report.lateItems()).extracting(PlanReport.LateItem::code, PlanReport.LateItem::agencies,
				PlanReport.LateItem::daysLate)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("1.2", "Sở Nội vụ", 10L),
					org.assertj.core.groups.Tuple.tuple("2.1", "Sở Xây dựng", 14L));
	}

	@Test
	void commendsAndRemindsAgenciesFromTheirTasksAndIndicators() {
		PlanReport report = reports.report(plan, "2026-H1").orElseThrow();

		assertThat(report.commended()).extracting(PlanReport.AgencyNote::agency)
			.containsExactlyInAnyOrder("Sở Khoa học và Công nghệ", "Sở Nông nghiệp và Môi trường");
		assertThat(report.reminded()).extracting(PlanReport.AgencyNote::agency, PlanReport.AgencyNote::reason)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Sở Nội vụ", "1 nhiệm vụ hoàn thành quá hạn"),
					org.assertj.core.groups.Tuple.tuple("Sở Xây dựng", "1 nhiệm vụ quá hạn"),
					org.assertj.core.groups.Tuple.tuple("Sở Giáo dục và Đào tạo", "1 chỉ tiêu có nguy cơ không đạt"));
		// Sở Tài chính has only an indicator without data: neither commended nor reminded
		assertThat(report.proposals()).anyMatch(p -> p.contains("1 nhiệm vụ quá hạn"))
			.anyMatch(p -> p.contains("1 chỉ tiêu có nguy cơ không đạt") && p.contains("Tỷ lệ trường học đạt chuẩn"))
			.anyMatch(p -> p.contains("1 chỉ tiêu chưa đủ dữ liệu"));
	}

	@Test
	void writesADocxWithTheAdministrativeHeaderTitleAndIndicatorTable() throws Exception {
		byte[] docx = reports.render(plan, "2026-H1", ReportFormat.DOCX).orElseThrow().content();

		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			XWPFTable header = doc.getTables().get(0);
			String left = header.getRow(0).getCell(0).getText();
			String right = header.getRow(0).getCell(1).getText();
			assertThat(left).contains("ỦY BAN NHÂN DÂN TỈNH SƠN LA").contains("/BC-UBND");
			assertThat(right).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
				.contains("Độc lập - Tự do - Hạnh phúc")
				.contains("Sơn La, ngày")
				.contains("năm 2026");
			assertThat(header.getCTTbl().getTblPr().getTblBorders().getTop().getVal().toString()).isEqualTo("none");
			List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertThat(paragraphs).contains("BÁO CÁO");
			assertThat(paragraphs).anyMatch(p -> p.startsWith("Kết quả thực hiện Kế hoạch số ")
					&& p.contains("/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh Sơn La") && p.endsWith("6 tháng đầu năm 2026"));
			assertThat(paragraphs).anyMatch(p -> p.contains("1/2 chỉ tiêu đạt"));

			XWPFTable indicators = tableWithHeader(doc, "Chỉ tiêu");
			assertThat(indicators.getRows()).hasSize(4);
			assertThat(texts(indicators.getRow(0))).containsExactly("TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Năm 2026",
					"Đánh giá", "Lý do");
			// 90 ≥ 90: met exactly, not exceeded
			assertThat(texts(indicators.getRow(1))).startsWith("1", "Tỷ lệ hộ dân nông thôn dùng nước sạch", "%", "≥ 90%",
					"90", "ĐẠT");
			// 60 against 80 in 2030, one year of data only: at risk, no forecast possible
			assertThat(texts(indicators.getRow(2))).startsWith("2", "Tỷ lệ trường học đạt chuẩn quốc gia", "%", "đạt 80%",
					"60", "CÓ NGUY CƠ KHÔNG ĐẠT");
			assertThat(texts(indicators.getRow(3))).startsWith("3", "Số doanh nghiệp thành lập mới", "doanh nghiệp",
					"≥ 1.000 doanh nghiệp", "", "CHƯA ĐỦ DỮ LIỆU");

			XWPFTable groups = tableWithHeader(doc, "Nhóm nhiệm vụ");
			// Tổng cộng: 6 tasks; on time 1, late 1, in progress 1, overdue 1, not started 1, continuous 1
			assertThat(texts(groups.getRow(groups.getRows().size() - 1))).containsExactly("Tổng cộng", "6", "1", "1",
					"1", "1", "1", "1");
			XWPFTable closing = doc.getTables().get(doc.getTables().size() - 1);
			assertThat(closing.getRow(0).getCell(0).getText()).startsWith("Nơi nhận:");
			assertThat(closing.getRow(0).getCell(1).getText()).contains("TM. ỦY BAN NHÂN DÂN TỈNH SƠN LA");

			// NĐ 30/2020: page numbers centred at the top from page 2; page 1 has its own empty header
			assertThat(doc.getDocument().getBody().getSectPr().isSetTitlePg()).isTrue();
			XWPFParagraph number = doc.getHeaderFooterPolicy().getDefaultHeader().getParagraphs().get(0);
			assertThat(number.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
			assertThat(number.getCTP().getFldSimpleList()).extracting(field -> field.getInstr().strip()).containsExactly("PAGE");
			assertThat(doc.getHeaderFooterPolicy().getFirstPageHeader().getText()).isBlank();
		}
	}

	@Test
	void writesThePdfWithTheSameContentAndIntactDiacritics() throws Exception {
		byte[] pdf = reports.render(plan, "2026-H1", ReportFormat.PDF).orElseThrow().content();

		try (PDDocument doc = Loader.loadPDF(pdf)) {
			// table cells wrap long names over lines; the words and their diacritics must be intact
			String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
			assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
				.contains("Độc lập - Tự do - Hạnh phúc")
				.contains("ỦY BAN NHÂN DÂN TỈNH SƠN LA")
				.contains("BÁO CÁO")
				.contains("6 tháng đầu năm 2026")
				.contains("1/2 chỉ tiêu đạt")
				.contains("CÓ NGUY CƠ KHÔNG ĐẠT")
				.contains("Rà soát quy hoạch đô thị")
				.contains("Nơi nhận:");
		}
	}

	@Test
	void writesTextThatLooksLikeAFormulaAsQuotedTextInTheWorkbook() throws Exception {
		byte[] xlsx = reports.render(plan, "2026-H1", ReportFormat.XLSX).orElseThrow().content();

		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var late = workbook.getSheet("Chậm, quá hạn");
			// task 2.1 is titled "=Rà soát quy hoạch đô thị" (line 13 of the hand-built plan) and is overdue
			var cell = late.getRow(4).getCell(1);
			assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
			assertThat(cell.getStringCellValue()).isEqualTo("=Rà soát quy hoạch đô thị");
			assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
			for (var sheet : workbook) {
				for (var row : sheet) {
					for (var any : row) {
						assertThat(any.getCellType()).isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA);
					}
				}
			}
			// the totals row of the task sheet holds numbers: 6 tasks
			var tasks = workbook.getSheet("Nhiệm vụ");
			var total = tasks.getRow(tasks.getLastRowNum());
			assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
			assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(6.0);
			// the full task list: 2.1 (fixture line 13) is overdue on 14/06/2026
			var list = workbook.getSheet("Danh sách nhiệm vụ");
			assertThat(list.getLastRowNum()).isEqualTo(6);
			assertThat(list.getRow(3).getCell(0).getStringCellValue()).isEqualTo("2.1");
			assertThat(list.getRow(3).getCell(8).getStringCellValue()).isEqualTo("Quá hạn");
			assertThat(list.getRow(3).getCell(9).getNumericCellValue()).isEqualTo(13.0);
			// scorecards: Sở Giáo dục và Đào tạo 0 of 1 counted (at risk); Sở Tài chính 0 of 0 (no data)
			var scores = workbook.getSheet("Chỉ tiêu theo cơ quan");
			boolean seen = false;
			for (var row : scores) {
				if ("Sở Giáo dục và Đào tạo".equals(row.getCell(0).getStringCellValue())) {
					assertThat(row.getCell(1).getNumericCellValue()).isZero();
					assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(1.0);
					seen = true;
				}
			}
			assertThat(seen).isTrue();
		}
	}

	@Test
	void judgesAClosedEarlierCycleWithoutTheValuesOfLaterYears() {
		// the 2025 report (cut-off 14/12/2025): the only values are of 2026, so no indicator has data yet
		PlanReport report = reports.report(plan, "2025").orElseThrow();

		assertThat(report.asOf()).isEqualTo(LocalDate.of(2025, 12, 14));
		assertThat(report.verdictCounts()).containsEntry("CHƯA ĐỦ DỮ LIỆU", 3);
		assertThat(report.scorecard()).isEqualTo("0/0 chỉ tiêu đạt");
		// and the 2026 report sees them: 90 meets ≥ 90 (fixture indicator 1)
		assertThat(reports.report(plan, "2026").orElseThrow().verdictCounts()).containsEntry("ĐẠT", 1);
	}

	@Test
	void refusesAnUnknownCycle() {
		assertThatThrownBy(() -> reports.report(plan, "2026-Q5")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("2026-Q5");
	}

	@Test
	void findsThePlanByItsSymbolIgnoringCaseAndSpaces() {
		String symbol = jdbc.sql("SELECT symbol FROM document WHERE id = ?").param(plan).query(String.class).single();
		assertThat(reports.findPlan(" " + symbol.toLowerCase())).contains(plan);
		assertThat(reports.findPlan("99-KH/XYZ")).isEmpty();
	}

	private static XWPFTable tableWithHeader(XWPFDocument doc, String firstColumn) {
		return doc.getTables()
			.stream()
			.filter(t -> t.getRows().size() > 1 && t.getRow(0).getCell(0).getText().equals(firstColumn)
					|| t.getRows().size() > 1 && t.getRow(0).getTableCells().size() > 1
							&& t.getRow(0).getCell(1).getText().equals(firstColumn))
			.findFirst()
			.orElseThrow();
	}

	private static List<String> texts(XWPFTableRow row) {
		return row.getTableCells().stream().map(c -> c.getText()).toList();
	}

}
