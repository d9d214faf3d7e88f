package vn.plantrack.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.plantrack.registry.DocumentImport;
import vn.plantrack.registry.PlanConfirmation;
import vn.plantrack.registry.Role;
import vn.plantrack.reporting.DataEntryWorkbooks;
import vn.plantrack.reporting.export.ReportFixture;
import vn.plantrack.tracking.Actor;
import vn.plantrack.tracking.CycleExceptions;
import vn.plantrack.tracking.Frequency;
import vn.plantrack.tracking.IndicatorValues;
import vn.plantrack.tracking.ReportingCycles;
import vn.plantrack.tracking.Submissions;
import vn.plantrack.tracking.TrackingException;

/**
 * The data-entry workbook obeys the cycle lock like the report itself: from the due day on, the import of an
 * agency's indicator values is refused (409) with the report's own message, unless the MONITOR granted the agency
 * an exception; a refused workbook writes nothing, not even its task rows. The plan is {@link ReportFixture}'s:
 * indicator 1 (line 30) and task 2.2 (line 14) are led by Sở Nông nghiệp và Môi trường; indicator 1 holds 90 for
 * 2026. Runs on H2 and PostgreSQL.
 */
@SpringBootTest(properties = "plantrack.samples.import-on-first-start=false")
@AutoConfigureMockMvc
@Import(SettableClock.Config.class)
abstract class WorkbookCycleLockIntegrationTests {

	static final String NNMT = "Sở Nông nghiệp và Môi trường";

	static final Actor MONITOR = new Actor("monitor", Role.MONITOR, null);

	@Autowired
	SettableClock clock;

	@Autowired
	DocumentImport documentImport;

	@Autowired
	PlanConfirmation confirmation;

	@Autowired
	DataEntryWorkbooks workbooks;

	@Autowired
	ReportingCycles cycles;

	@Autowired
	CycleExceptions exceptions;

	@Autowired
	Submissions submissions;

	@Autowired
	IndicatorValues indicatorValues;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	long plan;

	long firstHalf;

	long nnmt;

	@BeforeEach
	void aPlanWithItsFirstHalfCycleDueBefore15June2026() throws Exception {
		clock.setDay(LocalDate.of(2026, 6, 1));
		plan = ReportFixture.aConfirmedPlanWithProgressAndObservations(documentImport, confirmation, jdbc, clock.instant());
		ReportingCycles.Cycle cycle = cycles.open(plan, Frequency.SEMIANNUAL, 2026, 1, LocalDate.of(2026, 6, 15), MONITOR);
		firstHalf = cycle.id();
		nnmt = cycle.agencies().stream().filter(a -> a.name().equals(NNMT)).findFirst().orElseThrow().id();
	}

	@Test
	void onTheDueDayTheWorkbookIsRefusedWithTheReportsOwnMessageAndNothingIsWritten() throws Exception {
		byte[] filled = valueAndTaskFilled("2026-H1");
		clock.setDay(LocalDate.of(2026, 6, 15));
		String reportRefusal = catchThrowableOfType(TrackingException.class,
				() -> submissions.saveDraft(firstHalf, new Submissions.Draft(nnmt, "Báo cáo", List.of(), List.of(), null),
						MONITOR)).getMessage();
		Map<String, String> before = DatabaseFingerprint.of(jdbc);

		TrackingException refused = catchThrowableOfType(TrackingException.class,
				() -> workbooks.importWorkbook(filled, "monitor", null));

		assertThat(refused.kind()).isEqualTo(TrackingException.Kind.CONFLICT);
		assertThat(refused.getMessage()).isEqualTo("Kỳ báo cáo 6 tháng đầu năm 2026 đã khóa từ ngày 15/06/2026; "
				+ "đề nghị cơ quan theo dõi gia hạn cho Sở Nông nghiệp và Môi trường.")
			.isEqualTo(reportRefusal);
		assertThat(DatabaseFingerprint.changedTables(before, DatabaseFingerprint.of(jdbc))).isEmpty();
		assertThat(value2026()).isEqualByComparingTo("90");
		assertThat(progressOf22()).isEqualTo(0);
	}

	@Test
	void theDayBeforeTheDueDayTheSameWorkbookIsImported() throws Exception {
		byte[] filled = valueAndTaskFilled("2026-H1");
		clock.setDay(LocalDate.of(2026, 6, 14));

		DataEntryWorkbooks.Imported imported = workbooks.importWorkbook(filled, "monitor", null);

		assertThat(imported.valuesStored()).isEqualTo(1);
		assertThat(value2026()).isEqualByComparingTo("92");
		assertThat(progressOf22()).isEqualTo(30);
	}

	@Test
	void anExceptionLetsTheAgencyImportUntilItsNewDateThenTheLockReturns() throws Exception {
		byte[] filled = valueAndTaskFilled("2026-H1");
		clock.setDay(LocalDate.of(2026, 6, 20));
		exceptions.grant(firstHalf, new CycleExceptions.Grant(nnmt, LocalDate.of(2026, 6, 25), "Chờ số liệu điều tra"),
				MONITOR);

		workbooks.importWorkbook(filled, "monitor", null);
		assertThat(value2026()).isEqualByComparingTo("92");

		clock.setDay(LocalDate.of(2026, 6, 25));
		byte[] again = fill(workbooks.workbook(plan, NNMT, "2026-H1").orElseThrow(),
				book -> set(book.getSheet("Chỉ tiêu"), 1, 8, 95));
		TrackingException refused = catchThrowableOfType(TrackingException.class,
				() -> workbooks.importWorkbook(again, "monitor", null));
		assertThat(refused.getMessage()).isEqualTo("Kỳ báo cáo 6 tháng đầu năm 2026 đã khóa: hạn gia hạn cho "
				+ "Sở Nông nghiệp và Môi trường đã hết từ ngày 25/06/2026; đề nghị cơ quan theo dõi gia hạn tiếp cho cơ quan.");
		assertThat(value2026()).isEqualByComparingTo("92");
	}

	@Test
	void aWorkbookChangingOnlyTasksIsNotRefusedForItsPrefilledValues() throws Exception {
		clock.setDay(LocalDate.of(2026, 6, 20));
		byte[] tasksOnly = fill(workbooks.workbook(plan, NNMT, "2026-H1").orElseThrow(), book -> {
			// 2.2 is the only task of the agency: row 2 of the sheet; the value cell keeps its prefilled 90
			set(book.getSheet("Nhiệm vụ"), 1, 5, "Đang thực hiện");
			set(book.getSheet("Nhiệm vụ"), 1, 6, 10);
		});

		DataEntryWorkbooks.Imported imported = workbooks.importWorkbook(tasksOnly, "monitor", null);

		assertThat(imported.tasksUpdated()).isEqualTo(1);
		assertThat(imported.valuesStored()).isZero();
		assertThat(progressOf22()).isEqualTo(10);
	}

	@Test
	void editingTheHiddenCycleCodeDoesNotEscapeTheLockOfTheYearWhoseFigureIsWritten() throws Exception {
		// the yearly report of 2025 was due before 15/01/2026 (the fixture plan's yearly cycle)
		cycles.open(plan, Frequency.YEARLY, 2025, 0, LocalDate.of(2026, 1, 15), MONITOR);
		clock.setDay(LocalDate.of(2026, 6, 20));
		byte[] tampered = fill(workbooks.workbook(plan, NNMT, "2025").orElseThrow(), book -> {
			set(book.getSheet("Chỉ tiêu"), 1, 8, 85); // indicator 1, year 2025 (nothing stored)
			set(book.getSheet("_plantrack"), 2, 1, "2026-06"); // a monthly cycle nobody opened
		});

		TrackingException refused = catchThrowableOfType(TrackingException.class,
				() -> workbooks.importWorkbook(tampered, "monitor", null));

		assertThat(refused.getMessage()).isEqualTo("Kỳ báo cáo năm 2025 đã khóa từ ngày 15/01/2026; "
				+ "đề nghị cơ quan theo dõi gia hạn cho Sở Nông nghiệp và Môi trường.");
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM observation o JOIN indicator i ON i.id = o.indicator_id
				WHERE i.document_id = ? AND o.period_year = 2025""").param(plan).query(Long.class).single()).isZero();
	}

	@Test
	void theApiAnswers409WithTheMessageAsProblemDetail() throws Exception {
		byte[] filled = valueAndTaskFilled("2026-H1");
		clock.setDay(LocalDate.of(2026, 6, 16));

		mvc.perform(multipart("/api/submissions/workbook")
			.file(new MockMultipartFile("file", "so-nhap-lieu.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", filled))
			.with(user("monitor").roles("MONITOR")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("Kỳ báo cáo 6 tháng đầu năm 2026 đã khóa từ ngày 15/06/2026; "
					+ "đề nghị cơ quan theo dõi gia hạn cho Sở Nông nghiệp và Môi trường."));

		assertThat(value2026()).isEqualByComparingTo("90");
		assertThat(progressOf22()).isEqualTo(0);
	}

	@Test
	void aValueTheLeadAgencyEntersDirectlyForTheLockedHalfYearIsRefusedButTheMonitorsCorrectionIsKept() {
		long indicator1 = jdbc.sql("SELECT id FROM indicator WHERE document_id = ? AND code = '1'").param(plan)
			.query(Long.class).single();
		Actor reporter = new Actor("nnmt-reporter", Role.REPORTER, nnmt);
		IndicatorValues.Value firstHalf2026 = new IndicatorValues.Value("HALF", 2026, 1, "ACTUAL", new BigDecimal("46"),
				"Báo cáo nhanh", null, null);
		clock.setDay(LocalDate.of(2026, 6, 14));
		indicatorValues.record(indicator1, firstHalf2026, reporter);

		clock.setDay(LocalDate.of(2026, 6, 15));
		IndicatorValues.Value corrected = new IndicatorValues.Value("HALF", 2026, 1, "ACTUAL", new BigDecimal("47"),
				"Báo cáo nhanh", null, null);
		TrackingException refused = catchThrowableOfType(TrackingException.class,
				() -> indicatorValues.record(indicator1, corrected, reporter));

		assertThat(refused.kind()).isEqualTo(TrackingException.Kind.CONFLICT);
		assertThat(refused.getMessage()).isEqualTo("Kỳ báo cáo 6 tháng đầu năm 2026 đã khóa từ ngày 15/06/2026; "
				+ "đề nghị cơ quan theo dõi gia hạn cho Sở Nông nghiệp và Môi trường.");
		assertThat(halfYearValue(indicator1)).isEqualByComparingTo("46");
		// a quarter has no report cycle, so nothing locks it
		indicatorValues.record(indicator1, new IndicatorValues.Value("QUARTER", 2026, 2, "ACTUAL", new BigDecimal("23"),
				null, null, null), reporter);

		indicatorValues.record(indicator1, corrected, MONITOR);
		assertThat(halfYearValue(indicator1)).isEqualByComparingTo("47");
	}

	private BigDecimal halfYearValue(long indicator) {
		return jdbc.sql("SELECT obs_value FROM observation WHERE indicator_id = ? AND period_kind = 'HALF' "
				+ "AND period_year = 2026 AND period_index = 1 AND kind = 'ACTUAL'").param(indicator)
			.query(BigDecimal.class).single();
	}

	/** Indicator 1 for 2026 set from 90 to 92, and task 2.2 started at 30%. */
	private byte[] valueAndTaskFilled(String cycle) throws Exception {
		return fill(workbooks.workbook(plan, NNMT, cycle).orElseThrow(), book -> {
			set(book.getSheet("Nhiệm vụ"), 1, 5, "Đang thực hiện");
			set(book.getSheet("Nhiệm vụ"), 1, 6, 30);
			set(book.getSheet("Chỉ tiêu"), 1, 8, 92);
		});
	}

	private BigDecimal value2026() {
		return jdbc.sql("""
				SELECT o.obs_value FROM observation o JOIN indicator i ON i.id = o.indicator_id
				WHERE i.document_id = ? AND i.code = '1' AND o.period_year = 2026 AND o.kind = 'ACTUAL'""")
			.param(plan).query(BigDecimal.class).single();
	}

	private int progressOf22() {
		return jdbc.sql("SELECT COALESCE(progress, 0) FROM task WHERE document_id = ? AND code = '2.2'").param(plan)
			.query(Integer.class).single();
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
		Row r = sheet.getRow(row) != null ? sheet.getRow(row) : sheet.createRow(row);
		var cell = r.getCell(column) != null ? r.getCell(column) : r.createCell(column);
		if (value instanceof Number n) {
			cell.setCellValue(n.doubleValue());
		}
		else {
			cell.setCellValue((String) value);
		}
	}
}
