package vn.plantrack.parse;

import java.util.regex.Pattern;

import vn.plantrack.shared.text.VietText;

/** Strips the markdown and HTML debris of converted documents, keeping the words. */
final class Markup {

	private static final Pattern MARKDOWN_HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s*");
	// rule: "**A****B**" is two bold runs glued together by the converter; the glue separates words
	private static final Pattern GLUED_BOLD = Pattern.compile("\\*{4,}|</b>\\s*<b>", Pattern.CASE_INSENSITIVE);
	private static final Pattern TAGS = Pattern.compile("</?(?:b|p|i|u|em|strong|span|br|div|sup|sub)\\b[^>]{0,200}>",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern STARS = Pattern.compile("\\*+");
	private static final Pattern ESCAPES = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!])");
	// rule: page numbers stand alone on a line: "12", "- 12 -", "Trang 12"
	private static final Pattern PAGE_NUMBER = Pattern.compile("^\\s*(?:-\\s*)?(?:[Tt]rang\\s+)?\\d{1,3}(?:\\s*-)?\\s*$");
	private static final Pattern RULE = Pattern.compile("^\\s*(?:-{3,}|\\*{3,}|_{3,})\\s*$");

	private Markup() {
	}

	/** The readable text of a line or cell: markup removed, whitespace squeezed. */
	static String strip(String raw) {
		return strip(raw, null);
	}

	/** {@link #strip(String)} given {@code raw} squeezed when the caller has it (null: squeezed here if needed). */
	static String strip(String raw, String squeezed) {
		if (!hasMarkup(raw)) {
			return squeezed != null ? squeezed : VietText.squeeze(raw);
		}
		// each pattern needs its own character: a line with stars only is not searched for tags, and so on
		boolean tag = raw.indexOf('<') >= 0;
		boolean star = raw.indexOf('*') >= 0;
		String s = raw.indexOf('#') < 0 ? raw : MARKDOWN_HEADING.matcher(raw).replaceFirst("");
		s = tag || star ? GLUED_BOLD.matcher(s).replaceAll(" ") : s;
		s = tag ? TAGS.matcher(s).replaceAll("") : s;
		s = star ? STARS.matcher(s).replaceAll("") : s;
		s = raw.indexOf('\\') < 0 ? s : ESCAPES.matcher(s).replaceAll("$1");
		return VietText.squeeze(s);
	}

	/**
	 * Whether the text holds a character some markup pattern needs ({@code < * # \}): without one, {@link #strip} only
	 * squeezes it. Asked of a whole table row, it spares the test on each of its cells.
	 */
	static boolean hasMarkup(String raw) {
		return raw.indexOf('<') >= 0 || raw.indexOf('*') >= 0 || raw.indexOf('#') >= 0 || raw.indexOf('\\') >= 0;
	}

	/** Whether the whole text is wrapped in bold or italic markers ("**...**", "<b>...</b>", "*...*"). */
	static boolean isEmphasised(String raw) {
		if (raw.indexOf('*') < 0 && raw.indexOf('<') < 0) {
			return false; // no marker at all: spares the regex and the copies on most lines
		}
		String s = MARKDOWN_HEADING.matcher(raw).replaceFirst("").strip().toLowerCase();
		if (s.isEmpty()) {
			return false;
		}
		return (s.startsWith("*") && s.endsWith("*") && s.length() > 2)
				|| (s.startsWith("<b>") && s.endsWith("</b>"))
				|| (s.startsWith("<strong>") && s.endsWith("</strong>"));
	}

	/** Whether the cell or line carries a bold marker anywhere. */
	static boolean hasBold(String raw) {
		if (!mayHoldBold(raw)) {
			return false; // spares lower-casing a copy of most cells
		}
		String s = raw.toLowerCase();
		return s.contains("<b>") || s.contains("<strong>") || s.contains("**");
	}

	/** Whether the text holds only whitespace and no-break spaces; stops at the first other character. */
	/** Whether the text holds a character every bold marker needs ('<' or '*'). */
	static boolean mayHoldBold(String raw) {
		return raw.indexOf('<') >= 0 || raw.indexOf('*') >= 0;
	}

	static boolean isBlank(String raw) {
		// what raw.replace('\u00A0', ' ').isBlank() answers, without copying every line to find out (no supplementary
		// character is whitespace, so a test per char agrees with isBlank's per code point)
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c != '\u00A0' && !Character.isWhitespace(c)) {
				return false;
			}
		}
		return true;
	}

	/** Lines that carry no content of the document: page numbers and horizontal rules. */
	static boolean isDebris(String raw) {
		int first = 0;
		while (first < raw.length() && Character.isWhitespace(raw.charAt(first))) {
			first++;
		}
		// both patterns can only start with a dash, "Trang", a digit, a star or an underscore
		char c = first < raw.length() ? raw.charAt(first) : ' ';
		if ("-Tt*_".indexOf(c) < 0 && (c < '0' || c > '9')) {
			return false;
		}
		return PAGE_NUMBER.matcher(raw).matches() || RULE.matcher(raw).matches();
	}
}
