package vn.plantrack.investment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;

/**
 * The monthly disbursement report as an Excel workbook: every project's plan, month, cumulative figure,
 * rate and linear forecast; the investor ranking; and the checkpoint breaches frozen so far with the
 * proposed recovery (the undisbursed balance at the checkpoint, for the rules that call for recovery).
 */
@Service
public class MonthlyReport {

	static final String PROJECTS_SHEET = "Giải ngân";

	static final String INVESTORS_SHEET = "Chủ đầu tư";

	static final String BREACHES_SHEET = "Vi phạm ngưỡng";

	private final DisbursementStatus status;

	private final Checkpoints checkpoints;

	MonthlyReport(DisbursementStatus status, Checkpoints checkpoints) {
		this.status = status;
		this.checkpoints = checkpoints;
	}

	public byte[] xlsx(int year, int month, String localityCode) {
		List<ProjectStanding> standings = status.throughMonth(year, month, localityCode);
		LocalDate monthEnd = YearMonth.of(year, month).atEndOfMonth();
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Styles styles = new Styles(workbook);
			projects(workbook.createSheet(PROJECTS_SHEET), styles, standings, year, month);
			investors(workbook.createSheet(INVESTORS_SHEET), styles, status.ranking(standings, Dimension.INVESTOR));
			breaches(workbook.createSheet(BREACHES_SHEET), styles, checkpoints.list(localityCode, year)
				.stream()
				.filter(list -> list.evaluated() && !list.rule().checkpointDate().isAfter(monthEnd))
				.toList());
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void projects(Sheet sheet, Styles styles, List<ProjectStanding> standings, int year, int month) {
		title(sheet, styles, "Báo cáo giải ngân vốn đầu tư công tháng " + month + "/" + year
				+ " (triệu đồng; dự báo cuối năm theo tốc độ bình quân tháng, tuyến tính)");
		header(sheet, styles, 2, "STT", "ID dự án", "Mã", "Tên dự án", "Chủ đầu tư", "Lĩnh vực", "Nguồn vốn",
				"Địa phương", "Kế hoạch vốn", "Giải ngân trong tháng", "Lũy kế giải ngân", "Tỷ lệ (%)",
				"Dự báo cuối năm", "Dự báo tỷ lệ (%)");
		int r = 3;
		for (ProjectStanding standing : standings) {
			Project project = standing.project();
			Row row = sheet.createRow(r++);
			number(row, 0, BigDecimal.valueOf(r - 3L), styles.integer);
			number(row, 1, BigDecimal.valueOf(project.id()), styles.integer);
			text(row, 2, project.code(), styles.text);
			text(row, 3, project.name(), styles.text);
			text(row, 4, project.investor(), styles.text);
			text(row, 5, project.sector(), styles.text);
			text(row, 6, ActionLabels.funding(project.fundingGroup()), styles.text);
			text(row, 7, project.locality(), styles.text);
			number(row, 8, standing.plan(), styles.money);
			number(row, 9, standing.lastMonth(), styles.money);
			number(row, 10, standing.cumulative(), styles.money);
			number(row, 11, standing.rate(), styles.rate);
			number(row, 12, standing.forecastYearEnd(), styles.money);
			number(row, 13, standing.forecastRate(), styles.rate);
		}
		Rollup total = DisbursementStatus.sum("Tổng cộng", standings);
		Row row = sheet.createRow(r);
		text(row, 3, "Tổng cộng (" + standings.size() + " dự án)", styles.bold);
		number(row, 8, total.plan(), styles.money);
		number(row, 10, total.disbursed(), styles.money);
		number(row, 11, total.rate(), styles.rate);
		number(row, 12, total.forecastYearEnd(), styles.money);
		number(row, 13, total.forecastRate(), styles.rate);
		widths(sheet, 6, 9, 8, 60, 30, 28, 20, 14, 16, 16, 16, 10, 16, 12);
	}

	private static void investors(Sheet sheet, Styles styles, List<Ranked> ranking) {
		title(sheet, styles, "Xếp hạng chủ đầu tư theo tỷ lệ giải ngân");
		header(sheet, styles, 2, "Hạng", "Chủ đầu tư", "Số dự án", "Kế hoạch vốn", "Lũy kế giải ngân", "Tỷ lệ (%)",
				"Dự báo tỷ lệ cuối năm (%)");
		int r = 3;
		for (Ranked ranked : ranking) {
			Row row = sheet.createRow(r++);
			number(row, 0, BigDecimal.valueOf(ranked.rank()), styles.integer);
			text(row, 1, ranked.rollup().key(), styles.text);
			number(row, 2, BigDecimal.valueOf(ranked.rollup().projects()), styles.integer);
			number(row, 3, ranked.rollup().plan(), styles.money);
			number(row, 4, ranked.rollup().disbursed(), styles.money);
			number(row, 5, ranked.rollup().rate(), styles.rate);
			number(row, 6, ranked.rollup().forecastRate(), styles.rate);
		}
		widths(sheet, 8, 40, 10, 16, 16, 10, 14);
	}

	private static void breaches(Sheet sheet, Styles styles, List<CheckpointList> lists) {
		title(sheet, styles, "Dự án dưới ngưỡng giải ngân tại các mốc đã chốt (danh sách chốt tại mốc, không sửa theo số đính chính)");
		header(sheet, styles, 2, "Mốc", "Ngưỡng (%)", "ID dự án", "Tên dự án", "Chủ đầu tư", "Kế hoạch vốn tại mốc",
				"Giải ngân tại mốc", "Tỷ lệ tại mốc (%)", "Tỷ lệ theo số hiện nay (%)", "Đính chính sau mốc", "Biện pháp",
				"Đề xuất thu hồi, điều chuyển");
		int r = 3;
		for (CheckpointList list : lists) {
			for (CheckpointEntry entry : list.breaches()) {
				Row row = sheet.createRow(r++);
				text(row, 0, VietDates.format(list.rule().checkpointDate()), styles.text);
				number(row, 1, list.rule().minimumRate(), styles.rate);
				number(row, 2, BigDecimal.valueOf(entry.project().id()), styles.integer);
				text(row, 3, entry.project().name(), styles.text);
				text(row, 4, entry.project().investor(), styles.text);
				number(row, 5, entry.plan(), styles.money);
				number(row, 6, entry.disbursed(), styles.money);
				number(row, 7, entry.rate(), styles.rate);
				number(row, 8, entry.currentRate(), styles.rate);
				text(row, 9, entry.revised() ? "Có" : "Không", styles.text);
				text(row, 10, ActionLabels.vietnamese(entry.action()), styles.text);
				number(row, 11, entry.action() == ThresholdAction.RECOVER_OR_REALLOCATE ? entry.undisbursed() : null,
						styles.money);
			}
		}
		if (r == 3) {
			text(sheet.createRow(r), 0, "Chưa có mốc nào được chốt hoặc không có dự án dưới ngưỡng.", styles.text);
		}
		widths(sheet, 12, 10, 9, 60, 30, 16, 16, 12, 14, 12, 28, 18);
	}

	private static void title(Sheet sheet, Styles styles, String title) {
		text(sheet.createRow(0), 0, title, styles.title);
		sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 8));
	}

	private static void header(Sheet sheet, Styles styles, int rowIndex, String... names) {
		Row row = sheet.createRow(rowIndex);
		for (int i = 0; i < names.length; i++) {
			text(row, i, names[i], styles.header);
		}
		sheet.createFreezePane(0, rowIndex + 1);
	}

	private static void text(Row row, int column, String value, CellStyle style) {
		var cell = row.createCell(column);
		if (value != null) {
			cell.setCellValue(value);
		}
		cell.setCellStyle(style);
	}

	private static void number(Row row, int column, BigDecimal value, CellStyle style) {
		var cell = row.createCell(column);
		if (value != null) {
			// Excel stores doubles; the amounts have at most 3 decimals and 17 digits, so they survive.
			cell.setCellValue(value.doubleValue());
		}
		cell.setCellStyle(style);
	}

	private static void widths(Sheet sheet, int... characters) {
		for (int i = 0; i < characters.length; i++) {
			sheet.setColumnWidth(i, characters[i] * 256);
		}
	}

	private static final class Styles {

		final CellStyle title;

		final CellStyle header;

		final CellStyle text;

		final CellStyle bold;

		final CellStyle money;

		final CellStyle rate;

		final CellStyle integer;

		Styles(XSSFWorkbook workbook) {
			Font boldFont = workbook.createFont();
			boldFont.setBold(true);
			title = workbook.createCellStyle();
			title.setFont(boldFont);
			header = workbook.createCellStyle();
			header.setFont(boldFont);
			header.setWrapText(true);
			header.setBorderBottom(BorderStyle.THIN);
			text = workbook.createCellStyle();
			text.setWrapText(true);
			// project and investor names are typed by users: a name starting with = + - @ must stay text when
			// the sheet is opened or edited (formula injection), so every text cell is quote-prefixed
			text.setQuotePrefixed(true);
			bold = workbook.createCellStyle();
			bold.setFont(boldFont);
			money = workbook.createCellStyle();
			money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.000"));
			rate = workbook.createCellStyle();
			rate.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
			integer = workbook.createCellStyle();
			integer.setDataFormat(workbook.createDataFormat().getFormat("0"));
		}
	}
}
