package vn.plantrack.ingest.internal;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import vn.plantrack.ingest.UnreadableDocumentException;

/**
 * The two pre-Unicode Vietnamese font encodings still found in old provincial documents: TCVN3 (ABC,
 * fonts .VnTime...) and VNI (fonts VNI-Times...). Both put Vietnamese letters on Latin-1 code points, so a
 * file in them reads as Latin-1 garbage ("Ch­¬ng tr×nh", "Chöông trình"). They are detected from their
 * characteristic code points and converted to Unicode; when the evidence is mixed the file is refused
 * with a message that names the encoding it looks like, because a half-converted plan is worse than none.
 */
public final class LegacyVietnameseEncodings {

	/** A legacy encoding with the name users know it by. */
	public enum Legacy {

		TCVN3("TCVN3 (ABC)"), VNI("VNI");

		private final String label;

		Legacy(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** The text after conversion and the legacy encoding it was converted from (null: it was Unicode). */
	public record Conversion(String text, Legacy convertedFrom) {
	}

	// rule: TCVN3 (TCVN 5712:1993, VN3 "ABC") is one byte per Vietnamese letter; lower case letters only,
	// except the seven base capitals Ă Â Đ Ê Ô Ơ Ư at 0xA1-0xA7 (accented capitals use a second font whose
	// glyphs for these same codes are capitals, which plain text cannot show).
	private static final String TCVN3_CODES = "µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\u00ADõøö÷ùúýûüþ¡¢§£¤¥¦";

	private static final String TCVN3_LETTERS = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ";

	private static final Map<Character, Character> TCVN3_TO_UNICODE = new HashMap<>();

	private static final Map<Character, Character> UNICODE_TO_TCVN3 = new HashMap<>();

	/** VNI spelling (one or two Latin-1 characters) of every Vietnamese letter, both cases. */
	private static final Map<String, Character> VNI_TO_UNICODE = new HashMap<>();

	// Latin-1 letters that are also ordinary Vietnamese letters in Unicode: never evidence of a legacy font.
	private static final String LATIN1_VIETNAMESE = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ";

	// Latin-1 symbols that genuinely occur in Unicode planning documents (degrees, plus-minus, times...).
	private static final String LATIN1_SYMBOLS = "\u00A0°±×§²³";

	static {
		if (TCVN3_CODES.length() != TCVN3_LETTERS.length()) {
			throw new IllegalStateException("TCVN3 table is misaligned");
		}
		for (int i = 0; i < TCVN3_CODES.length(); i++) {
			TCVN3_TO_UNICODE.put(TCVN3_CODES.charAt(i), TCVN3_LETTERS.charAt(i));
			UNICODE_TO_TCVN3.put(TCVN3_LETTERS.charAt(i), TCVN3_CODES.charAt(i));
		}
		for (char c = 0x00C0; c <= 0x1EF9; c++) {
			if (c > 0x01B0 && c < 0x1EA0) {
				continue;
			}
			String vni = encodeVniLetter(c);
			if (!vni.equals(String.valueOf(c))) {
				VNI_TO_UNICODE.put(vni, c);
				// a capital base letter followed by the lower case mark glyph is a common typing variant
				if (vni.length() == 2 && Character.isUpperCase(c)) {
					VNI_TO_UNICODE.putIfAbsent(vni.charAt(0) + vni.substring(1).toLowerCase(Locale.ROOT), c);
				}
			}
		}
	}

	private LegacyVietnameseEncodings() {
	}

	/**
	 * Converts {@code text} from TCVN3 or VNI when it is clearly in one of them; returns it unchanged when it
	 * is ordinary Unicode; refuses it when it looks legacy but cannot be converted with confidence.
	 */
	public static Conversion convertIfLegacy(String fileName, String text) throws UnreadableDocumentException {
		return convertIfLegacy(fileName, text, Census.of(text));
	}

	/** As {@link #convertIfLegacy(String, String)}, with the census of {@code text} already counted. */
	public static Conversion convertIfLegacy(String fileName, String text, Census asIs) throws UnreadableDocumentException {
		// rule: text that is mostly proper Unicode Vietnamese is left alone even if a few odd Latin-1 symbols occur
		if (asIs.foreign < 3 || asIs.foreign * 20 < asIs.modern) {
			return new Conversion(text, null);
		}
		Legacy guess = guess(text);
		if (guess == null) {
			return new Conversion(text, null);
		}
		if (asIs.modern > Math.max(5, asIs.foreign / 10)) {
			throw new UnreadableDocumentException(fileName + ": văn bản trộn lẫn Unicode và bảng mã " + guess.label()
					+ " — hãy chuyển toàn bộ sang Unicode (ví dụ bằng Unikey) rồi nhập lại");
		}
		String converted = guess == Legacy.TCVN3 ? decodeTcvn3(text) : decodeVni(text);
		Census after = Census.of(converted);
		if (after.foreign > Math.max(2, after.modern / 50)) {
			throw new UnreadableDocumentException(fileName + ": văn bản có vẻ dùng bảng mã " + guess.label()
					+ " nhưng không chuyển sang Unicode chắc chắn được (" + after.foreign + " ký tự không nhận ra)");
		}
		return new Conversion(converted, guess);
	}

	/**
	 * Which legacy encoding the text looks like, or null. TCVN3 is recognised by its letters in 0xA1-0xBF
	 * (ª ê, ¬ ơ, ® đ, ¸ á, µ à...), which VNI never uses; VNI by a vowel followed by one of its mark
	 * characters ("aø" à, "eá" ế) and by ñ for đ.
	 */
	public static Legacy guess(String text) {
		int tcvn = 0;
		int vni = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 0xA1 && c <= 0xBF && TCVN3_TO_UNICODE.containsKey(c)) {
				tcvn++;
			}
			if (c == 'ñ' || c == 'Ñ' || c == 'ö' || c == 'Ö') {
				vni++;
			}
			else if (i + 1 < text.length() && text.charAt(i + 1) > 0x7F && VNI_TO_UNICODE.containsKey(text.substring(i, i + 2))
					&& !isVietnameseInUnicode(text.charAt(i + 1))) {
				vni++;
			}
		}
		if (tcvn >= 3 && tcvn >= vni / 2) {
			return Legacy.TCVN3;
		}
		if (vni >= 3 && vni > tcvn * 4) {
			return Legacy.VNI;
		}
		return null;
	}

	private static boolean isVietnameseInUnicode(char c) {
		return LATIN1_VIETNAMESE.indexOf(c) >= 0;
	}

	/** TCVN3 to Unicode; words and lines typed in capitals get their accented letters capitalised too. */
	public static String decodeTcvn3(String text) {
		StringBuilder out = new StringBuilder(text.length());
		int lineStart = 0;
		while (lineStart <= text.length()) {
			int lineEnd = text.indexOf('\n', lineStart);
			if (lineEnd < 0) {
				lineEnd = text.length();
			}
			out.append(decodeTcvn3Line(text.substring(lineStart, lineEnd)));
			if (lineEnd < text.length()) {
				out.append('\n');
			}
			lineStart = lineEnd + 1;
		}
		return out.toString();
	}

	// rule: the ABC capital font reuses the lower case codes, so capitals are inferred: a line whose
	// plain letters are all capitals (a heading) or a word with two or more capitals and no lower case
	// plain letter is written in capitals throughout.
	private static String decodeTcvn3Line(String line) {
		boolean capitalLine = countUpper(line) >= 4 && countAsciiLower(line) == 0;
		StringBuilder out = new StringBuilder(line.length());
		int i = 0;
		while (i < line.length()) {
			int end = i;
			while (end < line.length() && isWordChar(line.charAt(end))) {
				end++;
			}
			if (end == i) {
				out.append(line.charAt(i));
				i++;
				continue;
			}
			String word = line.substring(i, end);
			boolean capitals = capitalLine || (countUpper(word) >= 2 && countAsciiLower(word) == 0);
			for (int k = 0; k < word.length(); k++) {
				char c = word.charAt(k);
				Character mapped = TCVN3_TO_UNICODE.get(c);
				char letter = mapped == null ? c : mapped;
				out.append(capitals && mapped != null ? Character.toUpperCase(letter) : letter);
			}
			i = end;
		}
		return out.toString();
	}

	private static boolean isWordChar(char c) {
		return Character.isLetterOrDigit(c) || TCVN3_TO_UNICODE.containsKey(c);
	}

	private static int countUpper(String s) {
		int n = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if ((c >= 'A' && c <= 'Z') || (c >= 0xA1 && c <= 0xA7)) {
				n++;
			}
		}
		return n;
	}

	private static int countAsciiLower(String s) {
		int n = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c >= 'a' && c <= 'z') {
				n++;
			}
		}
		return n;
	}

	/** Unicode to TCVN3 (accented capitals become the lower case code, as the ABC font does). */
	public static String encodeTcvn3(String text) {
		String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
		StringBuilder out = new StringBuilder(nfc.length());
		for (int i = 0; i < nfc.length(); i++) {
			char c = nfc.charAt(i);
			Character code = UNICODE_TO_TCVN3.get(c);
			if (code == null) {
				code = UNICODE_TO_TCVN3.get(Character.toLowerCase(c));
			}
			out.append(code == null ? c : code);
		}
		return out.toString();
	}

	/** VNI to Unicode: longest match of a letter's one- or two-character VNI spelling. */
	public static String decodeVni(String text) {
		StringBuilder out = new StringBuilder(text.length());
		int i = 0;
		while (i < text.length()) {
			if (i + 1 < text.length()) {
				Character pair = VNI_TO_UNICODE.get(text.substring(i, i + 2));
				if (pair != null) {
					out.append(pair.charValue());
					i += 2;
					continue;
				}
			}
			Character single = VNI_TO_UNICODE.get(text.substring(i, i + 1));
			out.append(single == null ? text.charAt(i) : single.charValue());
			i++;
		}
		return out.toString();
	}

	/** Unicode to VNI. */
	public static String encodeVni(String text) {
		String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
		StringBuilder out = new StringBuilder(nfc.length() + nfc.length() / 4);
		for (int i = 0; i < nfc.length(); i++) {
			out.append(encodeVniLetter(nfc.charAt(i)));
		}
		return out.toString();
	}

	// rule: VNI writes a letter as its plain base vowel followed by one mark character; the mark depends on
	// the vowel's shape (plain, circumflex, breve) and tone; ơ ư đ, the tones of i and ỵ are single characters.
	// Capitals use the capital form of the same mark characters.
	private static String encodeVniLetter(char c) {
		boolean upper = Character.isUpperCase(c);
		char lower = Character.toLowerCase(c);
		String spelled = encodeVniLower(lower);
		if (spelled == null) {
			return String.valueOf(c);
		}
		return upper ? spelled.toUpperCase(Locale.ROOT) : spelled;
	}

	private static String encodeVniLower(char c) {
		if (c == 'đ') {
			return "ñ";
		}
		String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
		char base = nfd.charAt(0);
		if ("aeiouy".indexOf(base) < 0 || nfd.length() == 1) {
			return null;
		}
		char shape = 0;
		int tone = -1;
		for (int k = 1; k < nfd.length(); k++) {
			char mark = nfd.charAt(k);
			int t = "\u0301\u0300\u0309\u0303\u0323".indexOf(mark);
			if (t >= 0) {
				tone = t;
			}
			else if (mark == '\u0302' || mark == '\u0306' || mark == '\u031B') {
				shape = mark;
			}
			else {
				return null;
			}
		}
		// tone order in the mark strings below: acute, grave, hook, tilde, dot below
		if (base == 'i') {
			return shape == 0 && tone >= 0 ? String.valueOf("íìæóò".charAt(tone)) : null;
		}
		if (base == 'y' && tone == 4 && shape == 0) {
			return "î";
		}
		String plainMarks = "ùøûõï";
		if (shape == '\u031B') {
			String horn = base == 'o' ? "ô" : base == 'u' ? "ö" : null;
			if (horn == null) {
				return null;
			}
			return tone < 0 ? horn : horn + plainMarks.charAt(tone);
		}
		if (shape == '\u0302') {
			return base + String.valueOf(tone < 0 ? 'â' : "áàåãä".charAt(tone));
		}
		if (shape == '\u0306') {
			return base + String.valueOf(tone < 0 ? 'ê' : "éèúüë".charAt(tone));
		}
		return tone < 0 ? null : base + String.valueOf(plainMarks.charAt(tone));
	}

	/** Counts of characters that tell Unicode Vietnamese from legacy-font text. */
	public record Census(int modern, int foreign) {

		static Census of(String text) {
			int modern = 0;
			int foreign = 0;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c < 0x80) {
					continue; // most characters: skipped before the list lookups below
				}
				int kind = classify(c);
				if (kind > 0) {
					modern++;
				}
				else if (kind < 0) {
					foreign++;
				}
			}
			return new Census(modern, foreign);
		}

		/**
		 * For a character from U+0080 up: 1 when it is a letter or mark of Vietnamese in Unicode, -1 when it is a
		 * Latin-1 character a legacy font puts there, 0 otherwise.
		 */
		static int classify(char c) {
			if (c <= 0xFF) {
				return FOREIGN_LATIN1[c - 0x80] ? -1 : 0;
			}
			if ((c >= 0x1EA0 && c <= 0x1EF9) || (c >= 0x0300 && c <= 0x0323)) {
				return 1;
			}
			return c <= 0x01B0 && "ăĂđĐĩĨũŨơƠưƯ".indexOf(c) >= 0 ? 1 : 0;
		}
	}

	// U+0080-U+00FF that are neither Vietnamese letters in Unicode nor symbols of Unicode documents
	private static final boolean[] FOREIGN_LATIN1 = new boolean[0x80];

	static {
		for (char c = 0x80; c <= 0xFF; c++) {
			FOREIGN_LATIN1[c - 0x80] = !isVietnameseInUnicode(c) && LATIN1_SYMBOLS.indexOf(c) < 0;
		}
	}
}
