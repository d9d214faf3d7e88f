package vn.plantrack.extract.text;

/**
 * A phrase searched for in every line of a document ignoring case ("kèm theo", "nhiệm kỳ"), as a cheap
 * filter before a regular expression. Same answers as {@code VietText.containsIgnoreCase}, but it first
 * looks for the phrase's rarest letter (one with a diacritic when there is one) with {@link String#indexOf(int)},
 * which the JVM vectorises, so the great majority of lines, which lack that letter, cost almost nothing.
 */
public final class Needle {

	private final String phrase;

	private final int anchor;

	private final char anchorLower;

	private final char anchorUpper;

	public Needle(String phrase) {
		if (phrase.isEmpty()) {
			throw new IllegalArgumentException("empty needle");
		}
		this.phrase = phrase;
		int best = 0;
		for (int i = 0; i < phrase.length(); i++) {
			if (rarity(phrase.charAt(i)) > rarity(phrase.charAt(best))) {
				best = i;
			}
		}
		this.anchor = best;
		this.anchorLower = Character.toLowerCase(phrase.charAt(best));
		this.anchorUpper = Character.toUpperCase(phrase.charAt(best));
	}

	// letters with diacritics are rarer than plain ones, and any letter is rarer than a space
	private static int rarity(char c) {
		return c > 0x7F ? 2 : Character.isLetter(c) ? 1 : 0;
	}

	/** Whether {@code text} contains the phrase, ignoring case. */
	public boolean in(String text) {
		int length = phrase.length();
		if (text.length() < length) {
			return false;
		}
		return scan(text, anchorLower, length) || (anchorUpper != anchorLower && scan(text, anchorUpper, length));
	}

	private boolean scan(String text, char c, int length) {
		int from = anchor;
		int last = text.length() - (length - anchor);
		while (from <= last) {
			int at = text.indexOf(c, from);
			if (at < 0 || at > last) {
				return false;
			}
			if (text.regionMatches(true, at - anchor, phrase, 0, length)) {
				return true;
			}
			from = at + 1;
		}
		return false;
	}
}
