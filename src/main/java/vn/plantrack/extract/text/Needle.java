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

	/**
	 * The letters of Vietnamese planning documents from the most to the least frequent (lower case; counted over the
	 * seed documents): 'n' is 9 % of their characters, 'ỳ' is not in the list (rarer than all of them).
	 */
	private static final String BY_FREQUENCY = "nhtcgiuđaápovrmàyưệblksếảdạộqâựủốôịểxăớêơụềấờợứíỉậ";

	// the rarer the anchor, the fewer places indexOf stops at: a letter absent from BY_FREQUENCY is rarest, any
	// letter is rarer than a space or punctuation. 'k', 's' and 'i' count as the most frequent letters: they have a
	// third case form (Kelvin sign, long s, dotless i) that regionMatches accepts but indexOf of two forms would miss.
	private static int rarity(char c) {
		if (!Character.isLetter(c)) {
			return -1;
		}
		char lower = Character.toLowerCase(c);
		if (lower == 'k' || lower == 's' || lower == 'i') {
			return 0;
		}
		int rank = BY_FREQUENCY.indexOf(lower);
		return rank < 0 ? BY_FREQUENCY.length() : rank;
	}

	// the phrase's rarest letter in its two cases: every match of in() holds one of them (see LineTraits.mayHold)
	char anchorLower() {
		return anchorLower;
	}

	char anchorUpper() {
		return anchorUpper;
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
