package vn.plantrack.reporting.export;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes cells so that no text from a document or a user can become a formula when the sheet is opened:
 * text starting with = + - @ (or a tab/CR that some spreadsheet programs strip first) is stored as text
 * with the quote prefix set, which Excel and LibreOffice show as typed but never evaluate.
 */
public final class SafeCells {

	private final CellStyle quoted;

	public SafeCells(Workbook workbook) {
		this.quoted = workbook.createCellStyle();
		this.quoted.setQuotePrefixed(true);
		this.quoted.setWrapText(true);
	}

	// rule: CSV/formula injection (OWASP): these leading characters start a formula in spreadsheet programs
	public static boolean looksLikeFormula(String text) {
		if (text == null || text.isEmpty()) {
			return false;
		}
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}

	public Cell text(Row row, int column, String text) {
		Cell cell = row.createCell(column);
		String value = text == null ? "" : text;
		cell.setCellValue(value);
		if (looksLikeFormula(value)) {
			cell.setCellStyle(quoted);
		}
		return cell;
	}

	public Cell number(Row row, int column, BigDecimal value) {
		Cell cell = row.createCell(column);
		if (value != null) {
			cell.setCellValue(value.doubleValue());
		}
		return cell;
	}

	public Cell number(Row row, int column, long value) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		return cell;
	}
}
