package vn.plantrack.parse;

/** One table cell: its text with markup stripped and whether the source marked it bold. */
public record Cell(String text, boolean bold) {

	public static final Cell EMPTY = new Cell("", false);

	public boolean isBlank() {
		return text.isBlank();
	}
}
