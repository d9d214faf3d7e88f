package vn.plantrack.shared.text;

import java.text.Normalizer;
import java.util.Locale;

/** Vietnamese text helpers: canonical NFC form and accent folding for matching and search. */
public final class VietText {

	private VietText() {
	}

	/** The canonical form we store and compare: Unicode NFC. */
	public static String nfc(String text) {
		return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	/**
	 * Lower case without diacritics ("Sở Tài chính" → "so tai chinh"); đ folds to d. Used to match
	 * names and search terms typed without accents.
	 */
	public static String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		StringBuilder out = new StringBuilder(decomposed.length());
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (Character.getType(c) == Character.NON_SPACING_MARK) {
				continue;
			}
			out.append(c == 'đ' || c == 'Đ' ? 'd' : c);
		}
		return out.toString().toLowerCase(Locale.ROOT);
	}

	/** Collapses runs of whitespace to one space and trims. */
	public static String squeeze(String text) {
		return text.replaceAll("[\\s\\u00A0]+", " ").strip();
	}
}
