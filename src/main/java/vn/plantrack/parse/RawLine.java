package vn.plantrack.parse;

/** One input line with its 1-based number. */
record RawLine(int number, String text) {

	boolean isTableRow() {
		return text.indexOf('\t') >= 0;
	}
}
