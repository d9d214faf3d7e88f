package vn.plantrack.investment;

/** One problem in an imported sheet, located by sheet, 1-based row and column letter as Excel shows them. */
public record ImportError(String sheet, int row, String column, String message) {

	@Override
	public String toString() {
		StringBuilder where = new StringBuilder("Sheet '").append(sheet).append("'");
		if (row > 0) {
			where.append(", dòng ").append(row);
		}
		if (column != null) {
			where.append(", cột ").append(column);
		}
		return where.append(": ").append(message).toString();
	}
}
