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
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
