package vn.plantrack.parse;

import java.util.List;

/**
 * One row of a table. {@code lastLine} is after {@code firstLine} when a continuation after a page break
 * was joined into it. Cells are aligned to the table's columns; a missing cell reads as empty.
 */
public record TableRow(List<Cell> cells, int firstLine, int lastLine) {

	public TableRow {
		cells = List.copyOf(cells);
	}

	/** The cell at {@code column}, or an empty cell when the row is shorter. */
	public Cell cell(int column) {
		return column >= 0 && column < cells.size() ? cells.get(column) : Cell.EMPTY;
	}

	/** The text of the cell at {@code column}, "" when absent. */
	public String text(int column) {
		return cell(column).text();
	}

	/** Number of non-blank cells. */
	public int filledCells() {
		int n = 0;
		for (Cell c : cells) {
			if (!c.isBlank()) {
				n++;
			}
		}
		return n;
	}
}
