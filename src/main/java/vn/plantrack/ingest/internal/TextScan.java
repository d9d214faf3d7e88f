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
 */
public record TextScan(boolean nul, int suspicious, LegacyVietnameseEncodings.Census census, int firstUnstable,
		int lastUnstable) {

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
			}
		}
		return new TextScan((any & NUL) != 0, suspicious, new LegacyVietnameseEncodings.Census(modern, foreign),
				firstUnstable, lastUnstable);
	}

	/**
	 * This scan for {@code text}, a copy of the scanned text with characters NFC leaves alone removed or replaced:
	 * the same counts, but the characters NFC may change are somewhere in it, not at the positions found.
	 */
	public TextScan positionsUnknown(String text) {
		return stable() ? this : new TextScan(nul, suspicious, census, 0, text.length() - 1);
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
		StringBuilder out = null;
		int copied = 0;
		int length = text.length();
		int i = Math.max(first, 0);
		while (i <= last && i < length) {
			char c = text.charAt(i);
			if (c < 0x0300 || isStableStarter(c)) {
				i++;
				continue;
			}
			int start = text.lastIndexOf('\n', i) + 1;
			int end = text.indexOf('\n', i);
			if (end < 0) {
				end = length;
			}
			String line = text.substring(start, end);
			if (!Normalizer.isNormalized(line, Normalizer.Form.NFC)) {
				if (out == null) {
					out = new StringBuilder(length);
				}
				out.append(text, copied, start).append(Normalizer.normalize(line, Normalizer.Form.NFC));
				copied = end;
			}
			i = end;
		}
		if (out == null) {
			return text;
		}
		return out.append(text, copied, length).toString();
	}
}
