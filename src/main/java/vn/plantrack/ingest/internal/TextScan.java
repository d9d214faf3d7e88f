package vn.plantrack.ingest.internal;

import java.text.Normalizer;

/**
 * What the ingest needs to know about every character of a decoded text, counted in one pass instead of one
 * pass per question: the characters that make it binary (NUL, odd controls, U+FFFD), the legacy-font census
 * ({@link LegacyVietnameseEncodings.Census}) and whether NFC could change it at all. A plain text's characters
 * are read once here instead of four times.
 *
 * @param nul whether the text holds a NUL
 * @param suspicious odd C0 controls, DEL and U+FFFD (what {@code PlainTextReader} counts for binary content)
 * @param census the legacy-encoding census of the text
 * @param firstUnstable index of the first character that is not one NFC leaves alone whatever surrounds it (see
 *        {@link #isStableStarter}), -1 when there is none: the text is then already NFC
 * @param lastUnstable index of the last such character, -1 when there is none
 * @param unstableAt the indexes of all such characters, ascending, when there are at most {@link #MAX_POSITIONS}
 *        of them; null when there are more (a decomposed text) or they are not known: NFC then reads the characters
 *        from the first to the last
 */
public record TextScan(boolean nul, int suspicious, LegacyVietnameseEncodings.Census census, int firstUnstable,
		int lastUnstable, int[] unstableAt) {

	/** A few combining marks are kept by position; a text with more is read again from the first to the last. */
	static final int MAX_POSITIONS = 4096;

	/** Whether every character is one that NFC leaves alone: the text is already NFC. */
	public boolean stable() {
		return firstUnstable < 0;
	}

	// per character, what it counts for (bits below); a table instead of tests, because in Vietnamese text ASCII
	// and accented letters alternate unpredictably and a branch per kind of character mispredicts often
	private static final int NUL = 1;

	private static final int SUSPICIOUS = 1 << 1;

	private static final int MODERN = 1 << 2;

	private static final int FOREIGN = 1 << 3;

	private static final int UNSTABLE = 1 << 4;

	private static final byte[] KINDS = new byte[0x10000];

	static {
		for (int i = 0; i < KINDS.length; i++) {
			char c = (char) i;
			int kind = 0;
			if (c == 0) {
				kind |= NUL;
			}
			else if ((c < 0x20 && c != '\n' && c != '\t' && c != '\r' && c != '\f') || c == 0x7F || c == '\uFFFD') {
				kind |= SUSPICIOUS;
			}
			if (c >= 0x80) {
				int census = LegacyVietnameseEncodings.Census.classify(c);
				kind |= census > 0 ? MODERN : census < 0 ? FOREIGN : 0;
			}
			if (!isStableStarter(c)) {
				kind |= UNSTABLE;
			}
			KINDS[i] = (byte) kind;
		}
	}

	public static TextScan of(String text) {
		int any = 0;
		int suspicious = 0;
		int modern = 0;
		int foreign = 0;
		int firstUnstable = -1;
		int lastUnstable = -1;
		int[] unstableAt = null;
		int unstable = 0;
		int length = text.length();
		for (int i = 0; i < length; i++) {
			int kind = KINDS[text.charAt(i)];
			any |= kind;
			suspicious += (kind >> 1) & 1;
			modern += (kind >> 2) & 1;
			foreign += (kind >> 3) & 1;
			// rare (a few combining marks in a document), so this branch is predicted well
			if ((kind & UNSTABLE) != 0) {
				firstUnstable = firstUnstable < 0 ? i : firstUnstable;
				lastUnstable = i;
				if (unstable < MAX_POSITIONS) {
					if (unstableAt == null || unstable == unstableAt.length) {
						unstableAt = java.util.Arrays.copyOf(unstableAt == null ? new int[0] : unstableAt,
								Math.max(16, unstable * 2));
					}
					unstableAt[unstable] = i;
				}
				unstable++;
			}
		}
		return new TextScan((any & NUL) != 0, suspicious, new LegacyVietnameseEncodings.Census(modern, foreign),
				firstUnstable, lastUnstable,
				unstable > MAX_POSITIONS || unstableAt == null ? null : java.util.Arrays.copyOf(unstableAt, unstable));
	}

	/**
	 * This scan for {@code text}, a copy of the scanned text with characters NFC leaves alone removed or replaced:
	 * the same counts, but the characters NFC may change are somewhere in it, not at the positions found.
	 */
	public TextScan positionsUnknown(String text) {
		return stable() ? this : new TextScan(nul, suspicious, census, 0, text.length() - 1, null);
	}

	/**
	 * A character NFC never changes, nor composes with its neighbours: canonical combining class 0, NFC quick
	 * check "yes", not the second half of any canonical composition. Checked for every character of these ranges
	 * by {@code TextScanTests}; they hold Vietnamese in Unicode (Latin, Latin Extended Additional) and the
	 * punctuation and symbols of planning documents. Anything else is left to {@link Normalizer}.
	 */
	static boolean isStableStarter(char c) {
		return c < 0x0300 || (c >= 0x1E00 && c <= 0x1EFF) || (c >= 0x2002 && c <= 0x20CF)
				|| (c >= 0x2190 && c <= 0x22FF);
	}

	/**
	 * {@code text} in NFC, normalising only the lines that hold a character outside {@link #isStableStarter}: a
	 * line break is a starter nothing composes with, so the NFC of a text is the NFC of each of its lines joined
	 * (the streaming ingest relies on the same fact), and a line of stable characters is its own NFC.
	 */
	public static String nfc(String text) {
		return nfc(text, 0, text.length() - 1);
	}

	/**
	 * {@link #nfc(String)} of a text whose characters outside {@link #isStableStarter} all lie between {@code first}
	 * and {@code last} (inclusive; as {@link #of} found them): the lines before and after are not read again.
	 */
	public static String nfc(String text, int first, int last) {
		LineByLine lines = new LineByLine(text);
		int i = Math.max(first, 0);
		while (i <= last && i < text.length()) {
			char c = text.charAt(i);
			i = c < 0x0300 || isStableStarter(c) ? i + 1 : lines.normaliseLineAt(i);
		}
		return lines.result();
	}

	/**
	 * {@link #nfc(String)} of the text this scan read: only the lines holding the characters it found are looked at,
	 * without reading the others again when it knows where they are.
	 */
	public String nfcOf(String text) {
		if (stable()) {
			return text;
		}
		if (unstableAt == null) {
			return nfc(text, firstUnstable, lastUnstable);
		}
		LineByLine lines = new LineByLine(text);
		int done = 0;
		for (int at : unstableAt) {
			if (at >= done) {
				done = lines.normaliseLineAt(at);
			}
		}
		return lines.result();
	}

	/** The NFC of a text built line by line: the lines asked for (in order) are normalised, the rest copied. */
	private static final class LineByLine {

		private final String text;

		private StringBuilder out;

		private int copied;

		LineByLine(String text) {
			this.text = text;
		}

		/** Normalises the line holding index {@code i}; returns the index where that line ends. */
		int normaliseLineAt(int i) {
			int start = text.lastIndexOf('\n', i) + 1;
			int end = text.indexOf('\n', i);
			if (end < 0) {
				end = text.length();
			}
			String line = text.substring(start, end);
			if (!Normalizer.isNormalized(line, Normalizer.Form.NFC)) {
				if (out == null) {
					out = new StringBuilder(text.length());
				}
				out.append(text, copied, start).append(Normalizer.normalize(line, Normalizer.Form.NFC));
				copied = end;
			}
			return end;
		}

		String result() {
			return out == null ? text : out.append(text, copied, text.length()).toString();
		}
	}
}
