package vn.plantrack.reporting.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.plantrack.reporting.PlanReport;

/**
 * The report's tables as a workbook, one sheet per section, for offices that continue the work in a
 * spreadsheet. Counts are numbers; texts are written safely ({@link SafeCells}).
 */
public final class XlsxReportWriter {

	public byte[] write(PlanReport report) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			SafeCells cells = new SafeCells(workbook);
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			String[] names = { "Nhiệm vụ", "Chỉ tiêu", "Chậm, quá hạn" };
			int index = 0;
			for (ReportSections.Section section : ReportSections.of(report)) {
				ReportSections.Grid grid = section.blocks()
					.stream()
					.filter(ReportSections.Grid.class::isInstance)
					.map(ReportSections.Grid.class::cast)
					.findFirst()
					.orElse(null);
				if (index >= names.length) {
					break;
				}
				Sheet sheet = workbook.createSheet(names[index++]);
				Row title = sheet.createRow(0);
				cells.text(title, 0, section.heading() + " — " + report.header().subject()).setCellStyle(bold);
				if (grid == null) {
					continue;
				}
				Row head = sheet.createRow(2);
				for (int c = 0; c < grid.columns().size(); c++) {
					cells.text(head, c, grid.columns().get(c)).setCellStyle(bold);
				}
				List<List<String>> rows = grid.rows();
				for (int r = 0; r < rows.size(); r++) {
					Row row = sheet.createRow(r + 3);
					List<String> values = rows.get(r);
					for (int c = 0; c < values.size(); c++) {
						String value = values.get(c);
						if (value.matches("\\d{1,9}")) {
							cells.number(row, c, Long.parseLong(value));
						}
						else {
							cells.text(row, c, value);
						}
					}
				}
				sheet.setColumnWidth(1, 60 * 256);
			}
			Sheet agencies = workbook.createSheet("Cơ quan");
			Row head = agencies.createRow(0);
			cells.text(head, 0, "Cơ quan").setCellStyle(bold);
			cells.text(head, 1, "Đánh giá").setCellStyle(bold);
			cells.text(head, 2, "Căn cứ").setCellStyle(bold);
			int r = 1;
			for (PlanReport.AgencyNote note : report.commended()) {
				Row row = agencies.createRow(r++);
				cells.text(row, 0, note.agency());
				cells.text(row, 1, "Biểu dương");
				cells.text(row, 2, note.reason());
			}
			for (PlanReport.AgencyNote note : report.reminded()) {
				Row row = agencies.createRow(r++);
				cells.text(row, 0, note.agency());
				cells.text(row, 1, "Nhắc nhở");
				cells.text(row, 2, note.reason());
			}
			agencies.setColumnWidth(0, 50 * 256);
			agencies.setColumnWidth(2, 60 * 256);
			taskList(workbook.createSheet("Danh sách nhiệm vụ"), cells, bold, report);
			scorecards(workbook.createSheet("Chỉ tiêu theo cơ quan"), cells, bold, report);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void taskList(Sheet sheet, SafeCells cells, CellStyle bold, PlanReport report) {
		String[] headers = { "Mã", "Nhóm", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian (như văn bản)", "Thời hạn",
				"Trạng thái", "Ngày hoàn thành", "Phân loại ngày " + VietFormat.date(report.asOf()), "Dòng" };
		Row head = sheet.createRow(0);
		for (int c = 0; c < headers.length; c++) {
			cells.text(head, c, headers[c]).setCellStyle(bold);
		}
		int r = 1;
		for (PlanReport.TaskLine task : report.tasks()) {
			Row row = sheet.createRow(r++);
			cells.text(row, 0, task.code());
			cells.text(row, 1, task.group());
			cells.text(row, 2, task.title());
			cells.text(row, 3, task.leads());
			cells.text(row, 4, task.period());
			cells.text(row, 5, VietFormat.date(task.due()));
			cells.text(row, 6, task.status());
			cells.text(row, 7, VietFormat.date(task.completedOn()));
			cells.text(row, 8, task.statusClass().label());
			cells.number(row, 9, task.line());
		}
		sheet.setColumnWidth(2, 70 * 256);
		sheet.setColumnWidth(3, 35 * 256);
		sheet.createFreezePane(0, 1);
	}

	private static void scorecards(Sheet sheet, SafeCells cells, CellStyle bold, PlanReport report) {
		Row head = sheet.createRow(0);
		cells.text(head, 0, "Cơ quan chủ trì").setCellStyle(bold);
		cells.text(head, 1, "Số chỉ tiêu đạt").setCellStyle(bold);
		cells.text(head, 2, "Số chỉ tiêu được tính").setCellStyle(bold);
		List<String> verdicts = report.scorecards().isEmpty() ? List.of()
				: List.copyOf(report.scorecards().get(0).byVerdict().keySet());
		for (int c = 0; c < verdicts.size(); c++) {
			cells.text(head, 3 + c, verdicts.get(c)).setCellStyle(bold);
		}
		int r = 1;
		for (PlanReport.AgencyScore score : report.scorecards()) {
			Row row = sheet.createRow(r++);
			cells.text(row, 0, score.agency());
			cells.number(row, 1, score.achieved());
			cells.number(row, 2, score.counted());
			for (int c = 0; c < verdicts.size(); c++) {
				cells.number(row, 3 + c, score.byVerdict().getOrDefault(verdicts.get(c), 0));
			}
		}
		sheet.setColumnWidth(0, 50 * 256);
	}
}
