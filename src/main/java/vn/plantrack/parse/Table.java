package vn.plantrack.parse;

import java.util.List;

/**
 * A table read from TAB-separated lines. Repeated header rows (page breaks) are dropped, rows continued
 * after a page break are joined, and columns that are empty in every row are removed.
 *
 * @param caption the caption above the table ("PHỤ LỤC SỐ 01 PHÂN CÔNG ..."), "" when there is none
 * @param captionLine line of the caption's first line, 0 when there is none
 * @param header the header row, or null when the table has none
 * @param rows the data rows in source order
 * @param firstLine first line of the table (its first row, header included)
 * @param lastLine last line of its last row
 */
public record Table(String caption, int captionLine, TableRow header, List<TableRow> rows, int firstLine,
		int lastLine) implements Node {

	public Table {
		rows = List.copyOf(rows);
	}

	/** Number of columns: the widest of header and rows. */
	public int columnCount() {
		int n = header == null ? 0 : header.cells().size();
		for (TableRow r : rows) {
			n = Math.max(n, r.cells().size());
		}
		return n;
	}
}
