package vn.plantrack.extract.text;

import java.util.BitSet;
import java.util.List;
import java.util.function.IntPredicate;

import vn.plantrack.shared.text.VietText;

/**
 * What several readers ask of every line of a document, found in one pass over its characters instead of one
 * pass per question and reader: whether it holds a TAB (a table row), markup characters ({@code < * #}), a year
 * after {@link #LATEST_YEAR}, a capital after a space, whether it is already squeezed ({@code VietText.squeeze}
 * would return it as is) or only has spaces at its ends; and, when the text is known, which lines may hold a phrase
 * ({@link #mayHold}). The answers are "may": {@link #unknown()} answers yes to every question, for lines read lazily
 * (a large document's lines are not all in memory), and callers then test the line itself as before.
 */
public final class LineTraits {

	/** No plan looks further ahead: a four-digit year above it is a typing mistake ("25/3/2206"). */
	public static final int LATEST_YEAR = 2100;

	private static final int TAB = 1;

	private static final int MARKUP = 1 << 1;

	private static final int HASH = 1 << 2;

	private static final int NOT_SQUEEZED = 1 << 3;

	private static final int LATE_YEAR = 1 << 4;

	private static final int EDGE_SPACES_ONLY = 1 << 5;

	// per character (KINDS, a set of bits apart from the per-line bits above; TAB, MARKUP and HASH are in both): what
	// it says about the line, from a table for every UTF-16 unit (no branch per kind: in Vietnamese text ASCII and
	// accented letters alternate unpredictably); SPACE and OTHER_SPACE feed the squeeze test, DIGIT the year test
	private static final int SPACE_BIT = 5;

	private static final int SPACE = 1 << SPACE_BIT;

	private static final int OTHER_SPACE = 1 << 6;

	private static final int DIGIT = 1 << 7;

	// a capital letter, or a combining mark (which may stand before one once dropped), in KINDS only
	private static final int CAPITAL_BIT = 3;

	private static final int CAPITAL = 1 << CAPITAL_BIT;

	private static final int CAPITAL_AFTER_SPACE = 1 << 6;

	private static final byte[] KINDS = new byte[0x10000];

	static {
		for (int i = 0; i < KINDS.length; i++) {
			char c = (char) i;
			int kind = 0;
			if (c == ' ') {
				kind = SPACE;
			}
			else if (VietText.isSpace(c)) {
				kind = OTHER_SPACE;
			}
			if (c == '\t') {
				kind |= TAB;
			}
			if (c == '<' || c == '*') {
				kind |= MARKUP;
			}
			if (c == '#') {
				kind |= MARKUP | HASH;
			}
			if (c >= '0' && c <= '9') {
				kind |= DIGIT;
			}
			if (Character.isUpperCase(c) || (c >= 0x0300 && c <= 0x036F)) {
				kind |= CAPITAL;
			}
			KINDS[i] = (byte) kind;
		}
	}

	private static final LineTraits UNKNOWN = new LineTraits(null, null, null);

	/** Per line, the bits above; null: nothing known. */
	private final byte[] bits;

	/** The text the lines were split from, and where each line starts in it; null: not known. */
	private final String text;

	private final int[] starts;

	private LineTraits(byte[] bits, String text, int[] starts) {
		this.bits = bits;
		this.text = text;
		this.starts = starts;
	}

	/** The traits of every line of {@code lines} (a list in memory: each line is read once). */
	public static LineTraits of(List<String> lines) {
		byte[] bits = new byte[lines.size()];
		for (int i = 0; i < bits.length; i++) {
			bits[i] = (byte) of(lines.get(i));
		}
		return new LineTraits(bits, null, null);
	}

	/**
	 * {@link #of(List)} of {@code lines}, the lines of {@code text} split at '\n' (each may end in '\r'), which is also
	 * kept to answer {@link #mayHold}: a phrase is then looked for over the whole text at once.
	 */
	public static LineTraits of(String text, List<String> lines) {
		int[] starts = new int[lines.size()];
		int at = 0;
		for (int i = 0; i < starts.length; i++) {
			starts[i] = at;
			at += lines.get(i).length() + 1;
		}
		if (at != text.length() + 1) {
			throw new IllegalArgumentException("the lines are not those of the text");
		}
		return new LineTraits(of(lines).bits, text, starts);
	}

	/**
	 * Which lines (by 0-based index) may hold {@code needle}'s phrase: those holding its rarest letter in either case,
	 * found with indexOf over the whole text (no set-up per line); every line when the text is not known. A line
	 * without the phrase is also free of it once made plain (markup removed, spaces squeezed).
	 */
	public IntPredicate mayHold(Needle needle) {
		if (text == null) {
			return line -> true;
		}
		BitSet lines = new BitSet(starts.length);
		mark(needle.anchorLower(), lines);
		if (needle.anchorUpper() != needle.anchorLower()) {
			mark(needle.anchorUpper(), lines);
		}
		return lines::get;
	}

	private void mark(char anchor, BitSet lines) {
		int at = text.indexOf(anchor);
		while (at >= 0) {
			int line = lineHolding(at);
			lines.set(line);
			// the rest of that line is known: on from the next one
			at = line + 1 < starts.length ? text.indexOf(anchor, starts[line + 1]) : -1;
		}
	}

	private int lineHolding(int offset) {
		int found = java.util.Arrays.binarySearch(starts, offset);
		return found >= 0 ? found : -found - 2;
	}

	/** Traits that know nothing: every question is answered yes. */
	public static LineTraits unknown() {
		return UNKNOWN;
	}

	/** Whether line {@code index} (0-based) may hold a TAB. */
	public boolean mayHoldTab(int index) {
		return bits == null || (bits[index] & TAB) != 0;
	}

	/** Whether line {@code index} may hold one of the markup characters {@code < * #}. */
	public boolean mayHoldMarkup(int index) {
		return bits == null || (bits[index] & MARKUP) != 0;
	}

	/** Whether line {@code index} may hold a '#'. */
	public boolean mayHoldHash(int index) {
		return bits == null || (bits[index] & HASH) != 0;
	}

	/** Whether line {@code index} is known to be squeezed: {@code VietText.squeeze} gives it back unchanged. */
	public boolean isSqueezed(int index) {
		return bits != null && (bits[index] & NOT_SQUEEZED) == 0;
	}

	/**
	 * Whether line {@code index} is known to differ from its squeezed form only by ' ' before and after its text:
	 * squeezing it is then trimming those spaces ({@link #squeeze}).
	 */
	public boolean onlyEdgeSpaces(int index) {
		return bits != null && (bits[index] & EDGE_SPACES_ONLY) != 0;
	}

	/**
	 * Whether line {@code index}, once squeezed, may hold a ' ' followed by a capital letter or a combining mark (how
	 * a proper name's second word starts): known only for lines that squeezing leaves as they are or only trims.
	 */
	public boolean squeezedMayHoldCapitalAfterSpace(int index) {
		return bits == null || (bits[index] & NOT_SQUEEZED) != 0 && (bits[index] & EDGE_SPACES_ONLY) == 0
				|| (bits[index] & CAPITAL_AFTER_SPACE) != 0;
	}

	/**
	 * {@code VietText.squeeze(line)} for line {@code index}, {@code line}, using what is known of it: itself when it
	 * is squeezed, a substring when only spaces at its ends are in the way, else squeezed without testing it first.
	 */
	public String squeeze(int index, String line) {
		if (isSqueezed(index)) {
			return line;
		}
		if (!onlyEdgeSpaces(index)) {
			return bits == null ? VietText.squeeze(line) : VietText.squeezeCopy(line);
		}
		int start = 0;
		int end = line.length();
		while (start < end && line.charAt(start) == ' ') {
			start++;
		}
		while (end > start && line.charAt(end - 1) == ' ') {
			end--;
		}
		return line.substring(start, end);
	}

	/**
	 * Whether line {@code index} may hold a run of exactly four digits worth more than {@link #LATEST_YEAR} (digits
	 * neither before nor after it).
	 */
	public boolean mayHoldLateYear(int index) {
		return bits == null || (bits[index] & LATE_YEAR) != 0;
	}

	/**
	 * Whether {@code line} holds a run of exactly four digits worth more than {@link #LATEST_YEAR}: the test
	 * {@link #mayHoldLateYear} answers for a known line, for a caller holding the line only.
	 */
	public static boolean holdsLateYear(String line) {
		// the loop over non-digits does one test per character
		int length = line.length();
		int i = 0;
		while (i < length) {
			if (!isDigit(line.charAt(i))) {
				i++;
				continue;
			}
			int start = i;
			int value = 0;
			while (i < length && isDigit(line.charAt(i))) {
				value = i - start < 4 ? value * 10 + (line.charAt(i) - '0') : value;
				i++;
			}
			if (i - start == 4 && value > LATEST_YEAR) {
				return true;
			}
		}
		return false;
	}

	private static boolean isDigit(char c) {
		return (char) (c - '0') <= 9;
	}

	// rule (squeezed): no whitespace but single ' ' between other characters, as VietText.squeeze leaves a text
	static int of(String line) {
		int length = line.length();
		int seen = 0;
		// the line is squeezed without ' ' first or last, without two ' ' inside and without other whitespace;
		// it only needs trimming when its ' ' first or last are the only fault (many lines end in spaces)
		int spaces = 0;
		int text = 0;
		int inner = 0;
		int capitalAfterSpace = 0;
		int run = 0;
		int value = 0;
		boolean late = false;
		for (int i = 0; i < length; i++) {
			char c = line.charAt(i);
			int kind = KINDS[c] & 0xFF;
			seen |= kind;
			// without branches: ' ' and letters alternate unpredictably
			int space = (kind >> SPACE_BIT) & 1;
			int notSpace = space ^ 1;
			capitalAfterSpace |= (kind >> CAPITAL_BIT) & 1 & (-spaces >>> 31);
			inner |= notSpace & text & ((spaces - 2) >>> 31 ^ 1);
			text |= notSpace;
			spaces = (spaces + 1) * space;
			// digits are rare: this branch is predicted well
			if ((kind & DIGIT) != 0) {
				value = run < 4 ? value * 10 + (c - '0') : value;
				run++;
			}
			else if (run != 0) {
				late |= run == 4 && value > LATEST_YEAR;
				run = 0;
				value = 0;
			}
		}
		late |= run == 4 && value > LATEST_YEAR;
		boolean innerSqueezed = inner == 0 && (seen & OTHER_SPACE) == 0;
		boolean edges = length > 0 && (line.charAt(0) == ' ' || spaces > 0);
		int squeeze = !innerSqueezed ? NOT_SQUEEZED : edges ? NOT_SQUEEZED | EDGE_SPACES_ONLY : 0;
		return (seen & (TAB | MARKUP | HASH)) | squeeze | (late ? LATE_YEAR : 0)
				| (capitalAfterSpace != 0 ? CAPITAL_AFTER_SPACE : 0);
	}
}
