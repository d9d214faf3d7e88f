package vn.plantrack.investment;

/** Small text helpers for stored columns of bounded length. */
final class Text {

	private Text() {
	}

	static String cut(String text, int max) {
		if (text == null) {
			return null;
		}
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
