package vn.plantrack.investment;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.plantrack.shared.text.VietText;

/**
 * Imports one month's disbursements from an Excel sheet: a header row with an "ID dự án" column and a
 * "Giải ngân trong tháng" column (the monthly report's own layout works), one project per row. Every row is
 * checked first; one bad row refuses the whole sheet with every error located by sheet, row and column.
 */
@Service
public class DisbursementImport {

	/** Errors listed at most; a sheet with more is wrong as a whole anyway. */
	static final int MAX_ERRORS = 50;

	// rule: Vietnamese amounts use a thousands dot and a decimal comma ("1.234,5"); a bare decimal comma
	// ("1234,5") is read the same way. A dot with other than three digits after it is ambiguous and refused.
	private static final Pattern VIETNAMESE = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?|\\d+(,\\d+)?");

	private final Projects projects;

	private final CapitalPlans plans;

	private final Disbursements disbursements;

	DisbursementImport(Projects projects, CapitalPlans plans, Disbursements disbursements) {
		this.projects = projects;
		this.plans = plans;
		this.disbursements = disbursements;
	}

	/** What the import stored: new figures, revisions of reported months, and rows equal to what was stored. */
	public record Imported(int year, int month, int rows, int created, int revised, int unchanged) {
	}

	private record Line(int row, long projectId, BigDecimal amount) {
	}

	@Transactional
	public Imported importMonth(InputStream xlsx, String fileName, int year, int month, LocalDate reportedOn,
			String actor) {
		CapitalPlans.requireYear(year);
		if (month < 1 || month > 12) {
			throw new InvestmentException("tháng không hợp lệ: " + month);
		}
		List<Line> lines = read(xlsx, fileName, year);
		int created = 0;
		int revised = 0;
		int unchanged = 0;
		String source = Text.cut("nhập Excel " + (fileName == null ? "" : fileName), 400);
		for (Line line : lines) {
			switch (disbursements.record(line.projectId(), year, month, line.amount(), reportedOn, source + " dòng "
					+ line.row(), actor).outcome()) {
				case CREATED -> created++;
				case REVISED -> revised++;
				default -> unchanged++;
			}
		}
		return new Imported(year, month, lines.size(), created, revised, unchanged);
	}

	private List<Line> read(InputStream xlsx, String fileName, int year) {
		try (Workbook workbook = new XSSFWorkbook(xlsx)) {
			if (workbook.getNumberOfSheets() == 0) {
				throw new DisbursementImportException(List.of(new ImportError(String.valueOf(fileName), 0, null,
						"tệp không có sheet nào")));
			}
			return read(workbook.getSheetAt(0), year);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvestmentException investment) {
				throw investment;
			}
			throw new InvestmentException("tệp " + fileName + " không phải tệp Excel .xlsx đọc được");
		}
	}

	private List<Line> read(Sheet sheet, int year) {
		String name = sheet.getSheetName();
		List<ImportError> errors = new ArrayList<>();
		Header header = header(sheet);
		if (header == null) {
			throw new DisbursementImportException(List.of(new ImportError(name, 0, null,
					"không thấy dòng tiêu đề có cột \"ID dự án\" và cột \"Giải ngân trong tháng\"")));
		}
		Map<Long, Integer> seen = new HashMap<>();
		List<Line> lines = new ArrayList<>();
		for (int r = header.row() + 1; r <= sheet.getLastRowNum() && errors.size() < MAX_ERRORS; r++) {
			Row row = sheet.getRow(r);
			if (row == null || blank(row.getCell(header.idColumn())) && blank(row.getCell(header.amountColumn()))) {
				continue;
			}
			int excelRow = r + 1;
			String idColumn = CellReference.convertNumToColString(header.idColumn());
			String amountColumn = CellReference.convertNumToColString(header.amountColumn());
			Long projectId = projectId(row.getCell(header.idColumn()), name, excelRow, idColumn, errors);
			BigDecimal amount = amount(row.getCell(header.amountColumn()), name, excelRow, amountColumn, errors);
			if (projectId == null) {
				continue;
			}
			if (projects.find(projectId).isEmpty()) {
				errors.add(new ImportError(name, excelRow, idColumn, "không có dự án ID " + projectId));
				continue;
			}
			if (plans.find(projectId, year).isEmpty()) {
				errors.add(new ImportError(name, excelRow, idColumn, "dự án ID " + projectId
						+ " chưa có kế hoạch vốn năm " + year));
				continue;
			}
			Integer first = seen.putIfAbsent(projectId, excelRow);
			if (first != null) {
				errors.add(new ImportError(name, excelRow, idColumn, "dự án ID " + projectId
						+ " đã có ở dòng " + first));
				continue;
			}
			if (amount != null) {
				lines.add(new Line(excelRow, projectId, amount));
			}
		}
		if (errors.isEmpty() && lines.isEmpty()) {
			errors.add(new ImportError(name, header.row() + 1, null, "không có dòng số liệu nào dưới tiêu đề"));
		}
		if (!errors.isEmpty()) {
			throw new DisbursementImportException(errors);
		}
		return lines;
	}

	private record Header(int row, int idColumn, int amountColumn) {
	}

	// rule: the header row is the first of the first 20 rows with an id column ("ID dự án", "ID") and an
	// amount column ("Giải ngân trong tháng", "Giải ngân", "Số giải ngân"); "Lũy kế giải ngân" is not it.
	private static Header header(Sheet sheet) {
		for (int r = sheet.getFirstRowNum(); r <= Math.min(sheet.getLastRowNum(), sheet.getFirstRowNum() + 20); r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			int id = -1;
			int amount = -1;
			for (Cell cell : row) {
				if (cell.getCellType() != CellType.STRING) {
					continue;
				}
				String folded = VietText.fold(cell.getStringCellValue()).replaceAll("\\s+", " ").strip();
				if (folded.equals("id du an") || folded.equals("id")) {
					id = cell.getColumnIndex();
				}
				else if (folded.startsWith("giai ngan trong thang") || folded.equals("giai ngan")
						|| folded.equals("so giai ngan")) {
					amount = cell.getColumnIndex();
				}
			}
			if (id >= 0 && amount >= 0) {
				return new Header(r, id, amount);
			}
		}
		return null;
	}

	private static Long projectId(Cell cell, String sheet, int row, String column, List<ImportError> errors) {
		if (blank(cell)) {
			errors.add(new ImportError(sheet, row, column, "thiếu ID dự án"));
			return null;
		}
		if (cell.getCellType() == CellType.NUMERIC) {
			double value = cell.getNumericCellValue();
			if (value == Math.rint(value) && value > 0) {
				return (long) value;
			}
		}
		else if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().strip().matches("\\d{1,15}")) {
			return Long.parseLong(cell.getStringCellValue().strip());
		}
		errors.add(new ImportError(sheet, row, column, "ID dự án không hợp lệ: \"" + display(cell) + "\""));
		return null;
	}

	private static BigDecimal amount(Cell cell, String sheet, int row, String column, List<ImportError> errors) {
		BigDecimal amount = null;
		if (blank(cell)) {
			errors.add(new ImportError(sheet, row, column, "thiếu số giải ngân (ghi 0 nếu tháng này không giải ngân)"));
			return null;
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		if (type == CellType.NUMERIC) {
			// the shortest decimal that reads back as the stored double: 1234.5, never 1234.4999999
			amount = BigDecimal.valueOf(cell.getNumericCellValue());
		}
		else if (type == CellType.STRING) {
			String text = cell.getStringCellValue().strip().replace(" ", "");
			if (VIETNAMESE.matcher(text).matches()) {
				amount = new BigDecimal(text.replace(".", "").replace(',', '.'));
			}
		}
		if (amount == null) {
			errors.add(new ImportError(sheet, row, column, "số giải ngân không hợp lệ: \"" + display(cell)
					+ "\" (ghi số, ví dụ 1.234,5)"));
			return null;
		}
		try {
			Money.requireAmount(amount, "số giải ngân");
		}
		catch (InvestmentException ex) {
			errors.add(new ImportError(sheet, row, column, ex.getMessage()));
			return null;
		}
		return amount;
	}

	private static boolean blank(Cell cell) {
		return cell == null || cell.getCellType() == CellType.BLANK
				|| cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank();
	}

	private static String display(Cell cell) {
		return switch (cell.getCellType()) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).toPlainString();
			case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
			case FORMULA -> "=" + cell.getCellFormula();
			default -> "";
		};
	}
}
