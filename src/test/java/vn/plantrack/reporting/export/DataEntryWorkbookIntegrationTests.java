package vn.plantrack.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.plantrack.registry.DocumentImport;
import vn.plantrack.registry.PlanConfirmation;
import vn.plantrack.reporting.DataEntryWorkbooks;
import vn.plantrack.reporting.WorkbookRejectedException;

/**
 * An agency's data-entry workbook goes out prefilled, comes back filled offline, and is imported cell by
 * cell, all or nothing. The plan is {@link ReportFixture}'s. Runs on H2 and PostgreSQL.
 */
@SpringBootTest(properties = "plantrack.samples.import-on-first-start=false")
abstract class DataEntryWorkbookIntegrationTests {

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
	DataEntryWorkbooks workbooks;

	@Autowired
	JdbcClient jdbc;

	long plan;

	@BeforeEach
	void aConfirmedPlan() throws Exception {
		plan = ReportFixture.aConfirmedPlanWithProgressAndObservations(documentImport, confirmation, jdbc, NOW);
	}

	@Test
	void listsTheTasksTheAgencyLeadsWithDropDownListsAndFormulaLikeTextQuoted() throws Exception {
		byte[] workbook = workbooks.workbook(plan, "Sở Xây dựng", "2026-H1").orElseThrow();

		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			Sheet tasks = book.getSheet("Nhiệm vụ");
			// Sở Xây dựng leads 2.1, 2.3 and 2.4 (fixture lines 13, 15, 16)
			assertThat(List.of(text(tasks, 1, 1), text(tasks, 2, 1), text(tasks, 3, 1))).containsExactly("2.1", "2.3",
					"2.4");
			assertThat(tasks.getLastRowNum()).isEqualTo(3);
			assertThat(text(tasks, 1, 2)).isEqualTo("=Rà soát quy hoạch đô thị");
			assertThat(tasks.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.STRING);
			assertThat(tasks.getRow(1).getCell(2).getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(text(tasks, 1, 4)).isEqualTo("31/05/2026");
			assertThat(text(tasks, 1, 5)).isEqualTo("Đang thực hiện");
			assertThat(tasks.getDataValidations()).anyMatch(v -> "DS_TRANG_THAI".equals(v.getValidationConstraint()
				.getFormula1()));
			assertThat(tasks.getDataValidations()).anyMatch(v -> "DS_CO_QUAN".equals(v.getValidationConstraint()
				.getFormula1()));
		}
	}

	@Test
	void importsWhatWasFilledOfflineAndExportsTheSameValuesBack() throws Exception {
		byte[] filled = fill(workbooks.workbook(plan, "Sở Xây dựng", "2026-H1").orElseThrow(), book -> {
			Sheet tasks = book.getSheet("Nhiệm vụ");
			set(tasks, 1, 5, "Hoàn thành"); // 2.1
			set(tasks, 1, 6, 100);
			set(tasks, 1, 7, "20/06/2026");
			set(tasks, 3, 6, 40); // 2.4
		});

		DataEntryWorkbooks.Imported imported = workbooks.importWorkbook(filled, "xd.reporter", "Sở Xây dựng");

		assertThat(imported.tasksUpdated()).isEqualTo(2);
		assertThat(jdbc.sql("SELECT status FROM task WHERE document_id = ? AND code = '2.1'").param(plan)
			.query(String.class).single()).isEqualTo("DONE");
		assertThat(jdbc.sql("SELECT completed_on FROM task WHERE document_id = ? AND code = '2.1'").param(plan)
			.query(LocalDate.class).single()).isEqualTo(LocalDate.of(2026, 6, 20));
		assertThat(jdbc.sql("SELECT progress FROM task WHERE document_id = ? AND code = '2.4'").param(plan)
			.query(Integer.class).single()).isEqualTo(40);
		try (XSSFWorkbook again = new XSSFWorkbook(new ByteArrayInputStream(
				workbooks.workbook(plan, "Sở Xây dựng", "2026-H1").orElseThrow()))) {
			Sheet tasks = again.getSheet("Nhiệm vụ");
			assertThat(text(tasks, 1, 5)).isEqualTo("Hoàn thành");
			assertThat(tasks.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(100.0);
			assertThat(text(tasks, 1, 7)).isEqualTo("20/06/2026");
			assertThat(tasks.getRow(3).getCell(6).getNumericCellValue()).isEqualTo(40.0);
		}
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'TASK_PROGRESS_IMPORTED' AND actor = ?")
			.param("xd.reporter").query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void importsAnIndicatorValueWrittenTheVietnameseWay() throws Exception {
		byte[] filled = fill(workbooks.workbook(plan, "Sở Giáo dục và Đào tạo", "2026-H1").orElseThrow(), book -> {
			Sheet indicators = book.getSheet("Chỉ tiêu");
			// indicator 2 (fixture line 31), year 2026, prefilled with the stored 60
			assertThat(indicators.getRow(1).getCell(8).getNumericCellValue()).isEqualTo(60.0);
			set(indicators, 1, 8, "65,5");
		});

		workbooks.importWorkbook(filled, "monitor", null);

		assertThat(jdbc.sql("""
				SELECT o.obs_value FROM observation o JOIN indicator i ON i.id = o.indicator_id
				WHERE i.document_id = ? AND i.code = '2' AND o.period_year = 2026 AND o.kind = 'ACTUAL'""")
			.param(plan).query(BigDecimal.class).single()).isEqualByComparingTo("65.5");
		try (XSSFWorkbook again = new XSSFWorkbook(new ByteArrayInputStream(
				workbooks.workbook(plan, "Sở Giáo dục và Đào tạo", "2026-H1").orElseThrow()))) {
			assertThat(again.getSheet("Chỉ tiêu").getRow(1).getCell(8).getNumericCellValue()).isEqualTo(65.5);
		}
	}

	@Test
	void rejectsTheWholeWorkbookNamingEachBadCellAndWritesNothing() throws Exception {
		byte[] filled = fill(workbooks.workbook(plan, "Sở Xây dựng", "2026-H1").orElseThrow(), book -> {
			Sheet tasks = book.getSheet("Nhiệm vụ");
			set(tasks, 1, 6, "nhiều"); // text in the number column "Tiến độ (%)"
			set(tasks, 2, 3, "Sở Du lịch"); // an agency the plan does not name
			set(tasks, 3, 6, 40); // a good change on another row: must not be written either
		});

		WorkbookRejectedException rejected = catchThrowableOfType(WorkbookRejectedException.class,
				() -> workbooks.importWorkbook(filled, "monitor", null));

		assertThat(rejected.errors()).containsExactly("Nhiệm vụ!G2: không phải số («nhiều»)",
				"Nhiệm vụ!D3: cơ quan «Sở Du lịch» không có trong kế hoạch");
		assertThat(jdbc.sql("SELECT progress FROM task WHERE document_id = ? AND code = '2.4'").param(plan)
			.query(Integer.class).single()).isZero();
	}

	@Test
	void aRowFilledAsDoneWalksTheTaskWorkflowWithItsDatesAndAuditRecords() throws Exception {
		// fixture line 15: 2.3 (Sở Xây dựng) has not started; the agency writes it done on 05/07/2026
		long task = jdbc.sql("SELECT id FROM task WHERE document_id = ? AND code = '2.3'").param(plan).query(Long.class).single();
		int version = jdbc.sql("SELECT version FROM task WHERE id = ?").param(task).query(Integer.class).single();
		byte[] filled = fill(workbooks.workbook(plan, "Sở Xây dựng", "2026-H1").orElseThrow(), book -> {
			Sheet tasks = book.getSheet("Nhiệm vụ");
			set(tasks, 2, 5, "Hoàn thành");
			set(tasks, 2, 6, 100);
			set(tasks, 2, 7, "05/07/2026");
		});

		assertThat(workbooks.importWorkbook(filled, "xd.reporter", "Sở Xây dựng").tasksUpdated()).isEqualTo(1);

		Map<String, Object> row = jdbc.sql("SELECT status, progress, started_on, completed_on, version FROM task WHERE id = ?")
			.param(task).query().singleRow();
		assertThat(row.get("status")).isEqualTo("DONE");
		assertThat(((Number) row.get("progress")).intValue()).isEqualTo(100);
		assertThat(((java.sql.Date) row.get("started_on")).toLocalDate()).isEqualTo(LocalDate.of(2026, 7, 5));
		assertThat(((java.sql.Date) row.get("completed_on")).toLocalDate()).isEqualTo(LocalDate.of(2026, 7, 5));
		// not started → in progress → done: two workflow steps, each bumping the version
		assertThat(((Number) row.get("version")).intValue()).isEqualTo(version + 2);
		assertThat(jdbc.sql("SELECT after_state FROM audit_event WHERE action = 'TASK_STATUS_CHANGED' AND entity_id = ? ORDER BY id")
			.param(Long.toString(task)).query(String.class).list())
			.containsExactly("IN_PROGRESS on=2026-07-05", "DONE on=2026-07-05");
	}

	@Test
	void aRowTheTaskWorkflowForbidsRejectsTheWorkbookAndWritesNothing() throws Exception {
		byte[] filled = fill(workbooks.workbook(plan, "Sở Xây dựng", "2026-H1").orElseThrow(), book -> {
			Sheet tasks = book.getSheet("Nhiệm vụ");
			set(tasks, 1, 5, "Chưa thực hiện"); // 2.1 is in progress (fixture line 13): work cannot un-start
			set(tasks, 3, 6, 40); // 2.4: a good change that must be rolled back with the rest
		});

		WorkbookRejectedException rejected = catchThrowableOfType(WorkbookRejectedException.class,
				() -> workbooks.importWorkbook(filled, "xd.reporter", "Sở Xây dựng"));

		assertThat(rejected.errors())
			.containsExactly("Nhiệm vụ!F2: Không thể chuyển nhiệm vụ từ \"đang thực hiện\" sang \"chưa bắt đầu\"");
		assertThat(jdbc.sql("SELECT progress FROM task WHERE document_id = ? AND code = '2.4'").param(plan)
			.query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("SELECT status FROM task WHERE document_id = ? AND code = '2.1'").param(plan)
			.query(String.class).single()).isEqualTo("IN_PROGRESS");
	}

	@Test
	void refusesAReporterEnteringAnotherAgencysRows() throws Exception {
		byte[] workbook = workbooks.workbook(plan, "Sở Xây dựng", "2026-H1").orElseThrow();

		WorkbookRejectedException rejected = catchThrowableOfType(WorkbookRejectedException.class,
				() -> workbooks.importWorkbook(workbook, "nv.reporter", "Sở Nội vụ"));

		assertThat(rejected.errors()).hasSize(3).allMatch(e -> e.startsWith("Nhiệm vụ!D")
				&& e.endsWith("chỉ được nhập số liệu của «Sở Nội vụ»"));
	}

	@Test
	void rejectsAFileThatIsNotAWorkbookWithOneMessage() {
		assertThatThrownBy(() -> workbooks.importWorkbook("không phải Excel".getBytes(), "monitor", null))
			.isInstanceOf(WorkbookRejectedException.class)
			.hasMessageStartingWith("Tệp: không đọc được tệp Excel");
	}

	@Test
	void refusesAWorkbookForAnAgencyThePlanDoesNotName() {
		assertThatThrownBy(() -> workbooks.workbook(plan, "Sở Du lịch", "2026-H1"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("Sở Du lịch");
	}

	private static byte[] fill(byte[] workbook, Consumer<XSSFWorkbook> filling) throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			filling.accept(book);
			book.write(out);
			return out.toByteArray();
		}
	}

	private static void set(Sheet sheet, int row, int column, Object value) {
		Row r = sheet.getRow(row);
		var cell = r.getCell(column) != null ? r.getCell(column) : r.createCell(column);
		if (value instanceof Number n) {
			cell.setCellValue(n.doubleValue());
		}
		else {
			cell.setCellValue((String) value);
		}
	}

	private static String text(Sheet sheet, int row, int column) {
		return new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(sheet.getRow(row).getCell(column));
	}
}
