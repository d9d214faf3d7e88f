package vn.plantrack.shared.text;

import java.text.Normalizer;

/** Vietnamese text helpers: canonical NFC form and accent folding for matching and search. */
public final class VietText {

	/** Base letter (marks removed, đ→d, case kept) of every char below U+2000; 0 marks a combining mark. */
	private static final char[] BASE = new char[0x2000];

	static {
		for (char c = 0; c < BASE.length; c++) {
			if (c >= 0x0300 && c <= 0x036F) {
				BASE[c] = 0;
				continue;
			}
			String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
			char base = decomposed.isEmpty() ? c : decomposed.charAt(0);
			BASE[c] = c == 'đ' ? 'd' : c == 'Đ' ? 'D' : base;
		}
	}

	private VietText() {
	}

	/** The canonical form we store and compare: Unicode NFC. */
	public static String nfc(String text) {
		return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	/**
	 * Lower case without diacritics ("Sở Tài chính" → "so tai chinh"); đ folds to d. Used to match names and
	 * search terms typed without accents.
	 */
	public static String fold(String text) {
		// into a char[]: a StringBuilder checks its capacity and coder on every append
		int length = text.length();
		char[] out = new char[length];
		int n = 0;
		for (int i = 0; i < length; i++) {
			char c = base(text.charAt(i));
			if (c != 0) {
				out[n++] = lower(c);
			}
		}
		return new String(out, 0, n);
	}

	/**
	 * Whether {@code fold(text)} starts with {@code foldedPrefix}, without folding the whole text: a cheap test
	 * before a pattern anchored at the start of the folded text.
	 */
	public static boolean foldedStartsWith(String text, String foldedPrefix) {
		int matched = 0;
		for (int i = 0; i < text.length() && matched < foldedPrefix.length(); i++) {
			char c = base(text.charAt(i));
			if (c == 0) {
				continue;
			}
			if (lower(c) != foldedPrefix.charAt(matched)) {
				return false;
			}
			matched++;
		}
		return matched == foldedPrefix.length();
	}

	// Character.toLowerCase without its table lookup for ASCII, which the base letters almost all are
	private static char lower(char c) {
		if (c < 0x80) {
			return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
		}
		return Character.toLowerCase(c);
	}

	/** Without diacritics, case kept ("Sơn La" → "Son La"); đ/Đ fold to d/D. */
	public static String unaccent(String text) {
		int length = text.length();
		char[] out = new char[length];
		int n = 0;
		for (int i = 0; i < length; i++) {
			char c = base(text.charAt(i));
			if (c != 0) {
				out[n++] = c;
			}
		}
		return new String(out, 0, n);
	}

	// Most lines need no change; checking first avoids copying every line of every document.
	private static boolean isSqueezed(String text) {
		int length = text.length();
		if (length == 0) {
			return true;
		}
		if (text.charAt(0) == ' ' || text.charAt(length - 1) == ' ') {
			return false;
		}
		// without a branch per character (spaces and letters alternate unpredictably): a whitespace character
		// other than ' ', or a ' ' after whitespace, marks the text as not squeezed
		int previous = 0;
		int bad = 0;
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			int space = (int) (SPACES[c >>> 6] >>> c) & 1;
			bad |= space & ((c == ' ' ? 0 : 1) | previous);
			previous = space;
		}
		return bad == 0;
	}

	// computeIsSpace as a bit per character up to U+3000 (none above), for isSpace and the loops of isSqueezed and squeeze
	private static final long[] SPACES = new long[0x10000 >>> 6];

	static {
		for (char c = 0; c <= '\u3000'; c++) {
			if (computeIsSpace(c)) {
				SPACES[c >>> 6] |= 1L << c;
			}
		}
	}

	/** Whether {@link #squeeze} treats {@code c} as whitespace: {@code Character.isWhitespace} or a no-break space. */
	public static boolean isSpace(char c) {
		return ((SPACES[c >>> 6] >>> c) & 1) != 0;
	}

	// Character.isWhitespace or a no-break space, without the Unicode table lookup for the letters of
	// Vietnamese text (U+00C0-U+01B0, U+1EA0-U+1EF9): below U+2000 only the ASCII controls listed by
	// isWhitespace, U+00A0 and U+1680 qualify, above U+3000 none.
	private static boolean computeIsSpace(char c) {
		if (c <= ' ') {
			return c == ' ' || (c >= '\t' && c <= '\r') || c >= '\u001C';
		}
		if (c < '\u2000') {
			return c == '\u00A0' || c == '\u1680';
		}
		return c <= '\u3000' && Character.isWhitespace(c);
	}

	// Table lookup instead of a Normalizer call per string: folding runs on every line of every document.
	private static char base(char c) {
		return c < BASE.length ? BASE[c] : c;
	}

	/**
	 * Whether {@code text} contains {@code needle} ignoring case; a cheap filter run before a case-insensitive
	 * regular expression, which is slow on Vietnamese text.
	 */
	public static boolean containsIgnoreCase(String text, String needle) {
		int last = text.length() - needle.length();
		if (needle.isEmpty()) {
			return true;
		}
		char first = Character.toLowerCase(needle.charAt(0));
		char firstUpper = Character.toUpperCase(needle.charAt(0));
		for (int i = 0; i <= last; i++) {
			char c = text.charAt(i);
			if ((c == first || c == firstUpper) && text.regionMatches(true, i, needle, 0, needle.length())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a text is written in capitals (at least 80% of its letters, and at least three letters): how
	 * group titles and captions stand out in Vietnamese administrative documents ("CÁC NHIỆM VỤ TRỌNG TÂM").
	 */
	public static boolean isMostlyCapitals(String text) {
		int letters = 0;
		int upper = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isLetter(c)) {
				letters++;
				if (Character.isUpperCase(c)) {
					upper++;
				}
			}
		}
		return letters >= 3 && upper * 10 >= letters * 8;
	}

	/** Collapses runs of whitespace (including no-break spaces) to one space and trims. */
	public static String squeeze(String text) {
		return isSqueezed(text) ? text : squeezeCopy(text);
	}

	/**
	 * {@link #squeeze} as a new string, without first reading the text to see whether it is squeezed already: for a
	 * caller who knows it is not (the result is the same for any text).
	 */
	public static String squeezeCopy(String text) {
		int length = text.length();
		char[] out = new char[length];
		int n = 0;
		boolean pendingSpace = false;
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (((SPACES[c >>> 6] >>> c) & 1) != 0) {
				pendingSpace = n > 0;
				continue;
			}
			if (pendingSpace) {
				out[n++] = ' ';
				pendingSpace = false;
			}
			out[n++] = c;
		}
		return new String(out, 0, n);
	}
}
