package vn.plantrack.reporting.export;

import static vn.plantrack.reporting.export.WorkbookLayout.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.plantrack.reporting.ReportCycle;

/**
 * Writes the data-entry workbook of one agency: a row per task it leads and a row per indicator it leads
 * and year of the cycle, prefilled with what is stored, with drop-down lists for status, value kind and
 * agency. A hidden sheet names the plan and cycle so the import knows what it is reading.
 */
@Component
public class AgencyWorkbookWriter {

	private final JdbcClient jdbc;

	private final PlanAgencies planAgencies;

	AgencyWorkbookWriter(JdbcClient jdbc, PlanAgencies planAgencies) {
		this.jdbc = jdbc;
		this.planAgencies = planAgencies;
	}

	public Optional<byte[]> write(long documentId, String agency, String cycleCode) {
		Optional<Map<String, Object>> document = jdbc.sql("SELECT symbol, title, term FROM document WHERE id = ?")
			.param(documentId)
			.query()
			.listOfRows()
			.stream()
			.findFirst();
		if (document.isEmpty()) {
			return Optional.empty();
		}
		String term = (String) document.get().get("term");
		ReportCycle cycle = ReportCycle.parse(cycleCode, term);
		Set<String> agencies = planAgencies.of(documentId);
		if (agency == null || !agencies.contains(agency)) {
			throw new IllegalArgumentException("cơ quan '" + agency + "' không có trong kế hoạch");
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			SafeCells cells = new SafeCells(workbook);
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			bold.setWrapText(true);

			Sheet tasks = workbook.createSheet(TASKS);
			Sheet indicators = workbook.createSheet(INDICATORS);
			lists(workbook, cells, agencies);
			meta(workbook, cells, documentId, agency, cycle);

			header(tasks, cells, bold, TASK_HEADERS);
			int taskRows = taskRows(tasks, cells, documentId, agency);
			header(indicators, cells, bold, INDICATOR_HEADERS);
			int indicatorRows = indicatorRows(indicators, cells, documentId, agency, years(term, cycle));

			DataValidationHelper helper = tasks.getDataValidationHelper();
			validate(tasks, listOf(helper, "DS_TRANG_THAI"), T_STATUS, taskRows);
			validate(tasks, listOf(helper, "DS_CO_QUAN"), T_AGENCY, taskRows);
			validate(tasks, helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "100"),
					T_PROGRESS, taskRows);
			DataValidationHelper ih = indicators.getDataValidationHelper();
			validate(indicators, listOf(ih, "DS_LOAI_SO_LIEU"), I_KIND, indicatorRows);
			validate(indicators, listOf(ih, "DS_CO_QUAN"), I_AGENCY, indicatorRows);
			tasks.setColumnWidth(T_TITLE, 70 * 256);
			tasks.setColumnWidth(T_AGENCY, 35 * 256);
			tasks.setColumnWidth(T_DONE, 20 * 256);
			indicators.setColumnWidth(I_NAME, 60 * 256);
			indicators.setColumnWidth(I_TARGET, 30 * 256);
			indicators.setColumnWidth(I_AGENCY, 35 * 256);
			tasks.createFreezePane(0, 1);
			indicators.createFreezePane(0, 1);
			workbook.write(out);
			return Optional.of(out.toByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void header(Sheet sheet, SafeCells cells, CellStyle bold, List<String> headers) {
		Row row = sheet.createRow(0);
		for (int c = 0; c < headers.size(); c++) {
			cells.text(row, c, headers.get(c)).setCellStyle(bold);
		}
	}

	private int taskRows(Sheet sheet, SafeCells cells, long documentId, String agency) {
		List<Map<String, Object>> rows = jdbc.sql("""
				SELECT t.id, t.code, t.title, t.due_date, t.period_end, t.period_raw, t.status, t.progress, t.completed_on
				FROM task t WHERE t.document_id = ? AND EXISTS (
				  SELECT 1 FROM task_agency ta LEFT JOIN agency a ON a.id = ta.agency_id
				  WHERE ta.task_id = t.id AND ta.role = 'LEAD' AND COALESCE(a.name, ta.name_as_written) = ?)
				ORDER BY t.source_line, t.id""").params(documentId, agency).query().listOfRows();
		int r = 1;
		for (Map<String, Object> task : rows) {
			Row row = sheet.createRow(r++);
			cells.number(row, T_ID, ((Number) task.get("id")).longValue());
			cells.text(row, T_CODE, (String) task.get("code"));
			cells.text(row, T_TITLE, (String) task.get("title"));
			cells.text(row, T_AGENCY, agency);
			Object due = task.get("due_date") != null ? task.get("due_date") : task.get("period_end");
			cells.text(row, T_DUE, due != null ? VietFormat.date(((Date) due).toLocalDate()) : (String) task.get("period_raw"));
			int status = STATUS_CODES.indexOf((String) task.get("status"));
			cells.text(row, T_STATUS, status >= 0 ? STATUS_LABELS.get(status) : "");
			cells.number(row, T_PROGRESS, ((Number) task.get("progress")).longValue());
			Object done = task.get("completed_on");
			cells.text(row, T_DONE, done == null ? "" : VietFormat.date(((Date) done).toLocalDate()));
		}
		return r - 1;
	}

	private int indicatorRows(Sheet sheet, SafeCells cells, long documentId, String agency, List<Integer> years) {
		List<Map<String, Object>> rows = jdbc.sql("""
				SELECT i.id, i.code, i.name, i.unit, (SELECT MIN(tg.raw_text) FROM target tg
				  WHERE tg.indicator_id = i.id AND tg.parent_id IS NULL AND tg.cancelled_by_version IS NULL) AS target
				FROM indicator i LEFT JOIN agency a ON a.id = i.lead_agency_id
				WHERE i.document_id = ? AND (a.name = ? OR i.lead_as_written = ? OR i.lead_as_written LIKE ?)
				ORDER BY i.source_line, i.id""").params(documentId, agency, agency, agency + ";%").query().listOfRows();
		int r = 1;
		for (Map<String, Object> indicator : rows) {
			long id = ((Number) indicator.get("id")).longValue();
			for (int year : years) {
				Row row = sheet.createRow(r++);
				cells.number(row, I_ID, id);
				cells.text(row, I_CODE, (String) indicator.get("code"));
				cells.text(row, I_NAME, (String) indicator.get("name"));
				cells.text(row, I_UNIT, (String) indicator.get("unit"));
				cells.text(row, I_TARGET, (String) indicator.get("target"));
				cells.text(row, I_AGENCY, agency);
				cells.number(row, I_YEAR, year);
				Optional<Map<String, Object>> stored = jdbc.sql("""
						SELECT kind, obs_value FROM observation WHERE indicator_id = ? AND period_kind = 'YEAR'
						AND period_year = ? ORDER BY kind""").params(id, year).query().listOfRows().stream().findFirst();
				String kind = stored.map(s -> (String) s.get("kind")).orElse("ACTUAL");
				cells.text(row, I_KIND, KIND_LABELS.get(Math.max(0, KIND_CODES.indexOf(kind))));
				stored.ifPresent(s -> cells.number(row, I_VALUE, ((BigDecimal) s.get("obs_value")).stripTrailingZeros()));
			}
		}
		return r - 1;
	}

	private static void lists(XSSFWorkbook workbook, SafeCells cells, Set<String> agencies) {
		Sheet lists = workbook.createSheet(LISTS);
		List<List<String>> columns = List.of(STATUS_LABELS, KIND_LABELS, new ArrayList<>(agencies));
		String[] names = { "DS_TRANG_THAI", "DS_LOAI_SO_LIEU", "DS_CO_QUAN" };
		for (int c = 0; c < columns.size(); c++) {
			List<String> values = columns.get(c);
			for (int r = 0; r < values.size(); r++) {
				Row row = lists.getRow(r) != null ? lists.getRow(r) : lists.createRow(r);
				cells.text(row, c, values.get(r));
			}
			Name name = workbook.createName();
			name.setNameName(names[c]);
			String col = column(c);
			name.setRefersToFormula("'" + LISTS + "'!$" + col + "$1:$" + col + "$" + Math.max(1, values.size()));
		}
		workbook.setSheetVisibility(workbook.getSheetIndex(LISTS), SheetVisibility.HIDDEN);
	}

	private static void meta(XSSFWorkbook workbook, SafeCells cells, long documentId, String agency, ReportCycle cycle) {
		Sheet meta = workbook.createSheet(META);
		String[][] pairs = { { "document", Long.toString(documentId) }, { "agency", agency }, { "cycle", cycle.code() } };
		for (int r = 0; r < pairs.length; r++) {
			Row row = meta.createRow(r);
			cells.text(row, 0, pairs[r][0]);
			cells.text(row, 1, pairs[r][1]);
		}
		workbook.setSheetVisibility(workbook.getSheetIndex(META), SheetVisibility.VERY_HIDDEN);
	}

	private static DataValidationConstraint listOf(DataValidationHelper helper, String name) {
		return helper.createFormulaListConstraint(name);
	}

	private static void validate(Sheet sheet, DataValidationConstraint constraint, int column, int rows) {
		if (rows == 0) {
			return;
		}
		DataValidation validation = sheet.getDataValidationHelper()
			.createValidation(constraint, new CellRangeAddressList(1, rows, column, column));
		validation.setShowErrorBox(true);
		sheet.addValidationData(validation);
	}

	// rule: a value per year of the cycle; the mid-term review covers every year of the term up to its middle
	static List<Integer> years(String term, ReportCycle cycle) {
		List<Integer> years = new ArrayList<>();
		int first = cycle.kind() == ReportCycle.Kind.MIDTERM ? cycle.start().getYear() : cycle.end().getYear();
		for (int y = first; y <= cycle.end().getYear(); y++) {
			years.add(y);
		}
		return years;
	}
}
