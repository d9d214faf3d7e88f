package vn.plantrack.extract.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import vn.plantrack.extract.text.LineTraits;
import vn.plantrack.shared.text.VietText;

/**
 * Decides which province a document belongs to from what its text says. Evidence is weighed, not taken
 * from the first mention: the issuer in the header counts most, "tỉnh X" / "Đảng bộ tỉnh X" more than a
 * bare place name ("sâm Lai Châu"), and a neighbouring province named in passing does not win.
 */
final class Localities {

	static final List<String> PROVINCES = List.of("An Giang", "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn",
			"Bắc Ninh", "Bến Tre", "Bình Dương", "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Cần Thơ",
			"Đà Nẵng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam",
			"Hà Nội", "Hà Tĩnh", "Hải Dương", "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa",
			"Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An",
			"Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh",
			"Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế",
			"Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái", "Hồ Chí Minh");

	// "Hồ Chí Minh" is also the name in "tư tưởng Hồ Chí Minh": it counts only as "Thành phố/TP. Hồ Chí Minh"
	private static final String CITY_ONLY = "Ho Chi Minh";

	private static final int HEADER_WEIGHT = 20;

	private static final int QUALIFIED_WEIGHT = 5;

	private static final Map<String, String> BARE_NAME = new java.util.HashMap<>();

	static {
		for (String province : PROVINCES) {
			BARE_NAME.put(province, unaccent(province));
		}
	}

	private Localities() {
	}

	/**
	 * The province the text is about, or null when it names none; {@code lines} are plain lines and {@code traits}
	 * those of the lines they were made from: outside the header a line without markup whose squeezed form has no
	 * capital after a space names no province and is not read.
	 */
	static String of(List<String> lines, LineTraits traits) {
		Map<String, Integer> score = new LinkedHashMap<>();
		int headerLines = 0;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.isBlank()) {
				continue;
			}
			headerLines++;
			boolean header = headerLines <= 12 && line.equals(line.toUpperCase(java.util.Locale.ROOT));
			if (!header && !traits.mayHoldMarkup(i) && !traits.squeezedMayHoldCapitalAfterSpace(i)) {
				continue;
			}
			List<String> provinces = header ? PROVINCES : candidates(line);
			if (provinces.isEmpty()) {
				continue;
			}
			String bare = unaccent(line);
			for (String province : provinces) {
				String name = BARE_NAME.get(province);
				if (header && bare.contains(name.toUpperCase(java.util.Locale.ROOT))) {
					score.merge(province, HEADER_WEIGHT, Integer::sum);
					continue;
				}
				if (!bare.contains(name)) {
					continue;
				}
				for (int at = bare.indexOf(name); at >= 0; at = bare.indexOf(name, at + name.length())) {
					if (!isMention(bare, at, at + name.length())) {
						continue;
					}
					String before = bare.substring(Math.max(0, at - 12), at).toLowerCase(java.util.Locale.ROOT);
					boolean qualified = QUALIFIED.matcher(before).find();
					if (name.equals(CITY_ONLY) && !CITY.matcher(before).find()) {
						continue;
					}
					score.merge(province, qualified ? QUALIFIED_WEIGHT : 1, Integer::sum);
				}
			}
		}
		return score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
	}

	// rule: a mention is the whole name, not part of a longer word ("Long An" is not in "Long Anh"); found
	// with indexOf and checked at both ends, because a regex opening with a look-behind is tried at every
	// position of every line
	private static boolean isMention(String bare, int start, int end) {
		return (start == 0 || !Character.isLetter(bare.codePointBefore(start)))
				&& (end >= bare.length() || !Character.isLetter(bare.codePointAt(end)));
	}

	private static final Pattern QUALIFIED = Pattern.compile("(?:tinh|thanh pho|tp\\.?)\\s*$");

	private static final Pattern CITY = Pattern.compile("(?:thanh pho|tp\\.?)\\s*$");

	private static final int MAX_FIRST_WORD = 7;

	/** ASCII capitals that begin the bare first word of a province ('S' for Sơn La); others start none. */
	private static final boolean[] ASCII_INITIAL = new boolean[0x80];

	/** Position of each province in {@link #PROVINCES}: candidates keep that order. */
	private static final Map<String, Integer> ORDER = new java.util.HashMap<>();

	static {
		for (int i = 0; i < PROVINCES.size(); i++) {
			ORDER.put(PROVINCES.get(i), i);
		}
	}

	/** Provinces by the first word of their bare name ("Son" → Sơn La). */
	private static final Map<String, List<String>> BY_FIRST_WORD = new java.util.HashMap<>();

	static {
		for (String province : PROVINCES) {
			String bare = BARE_NAME.get(province);
			int space = bare.indexOf(' ');
			BY_FIRST_WORD.computeIfAbsent(space < 0 ? bare : bare.substring(0, space), k -> new java.util.ArrayList<>())
				.add(province);
			ASCII_INITIAL[bare.charAt(0)] = true;
		}
	}

	// Outside the header a mention must start a word (the MENTION pattern), so only provinces whose first
	// word starts a word of the line can score: looked up per capitalised word instead of searching every
	// line 63 times. Words are read on the accented line and unaccented one by one (a combining mark stays
	// inside its word, as it is dropped from the bare line).
	private static List<String> candidates(String line) {
		List<String> found = null;
		int length = line.length();
		// every province name goes on with a space and a capitalised word ("Sơn La", "Bà Rịa - Vũng Tàu"): the
		// words tried are those standing before such a space. One test per character from a table (an indexOf per
		// word cost more: words are short, and each call has its own set-up)
		for (int next = 1; next < length; next++) {
			if (!mayStartWord(line.charAt(next)) || line.charAt(next - 1) != ' ') {
				continue;
			}
			int space = next - 1;
			int i = space;
			while (i > 0 && inWord(line.charAt(i - 1))) {
				i--;
			}
			if (i == space) {
				continue;
			}
			char c = line.charAt(i);
			// an ASCII capital can only start a province's first word if it is one of their initials; the
			// longest first word ("Quảng", "Tuyên") has five letters, two marks more when decomposed
			if (!(c < 0x80 ? ASCII_INITIAL[c] : Character.isUpperCase(c)) || space - i > MAX_FIRST_WORD) {
				continue;
			}
			List<String> provinces = BY_FIRST_WORD.get(unaccent(line.substring(i, space)));
			if (provinces != null) {
				if (found == null) {
					found = new java.util.ArrayList<>();
				}
				for (String province : provinces) {
					if (!found.contains(province)) {
						found.add(province);
					}
				}
			}
		}
		if (found == null) {
			return List.of();
		}
		// keep the order of PROVINCES so ties are broken as before (first inserted wins in the score map)
		if (found.size() > 1) {
			found.sort(java.util.Comparator.comparingInt(ORDER::get));
		}
		return found;
	}

	// a capital, or a combining mark that the bare line drops before one
	private static boolean mayStartWord(char c) {
		return c < MAY_START_WORD.length ? MAY_START_WORD[c] : Character.isUpperCase(c);
	}

	/** {@link #mayStartWord} up to the end of Latin Extended Additional (Vietnamese letters), as a table. */
	private static final boolean[] MAY_START_WORD = new boolean[0x1F00];

	static {
		for (char c = 0; c < MAY_START_WORD.length; c++) {
			MAY_START_WORD[c] = Character.isUpperCase(c) || (c >= 0x0300 && c <= 0x036F);
		}
	}

	private static boolean inWord(char c) {
		if (c < 0x80) {
			return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
		}
		if (c >= 0x1E00 && c <= 0x1EFF) {
			return true; // Latin Extended Additional: most Vietnamese letters, all of them letters
		}
		return Character.isLetter(c) || (c >= 0x0300 && c <= 0x036F);
	}

	/** Diacritics removed, case kept ("Sơn La" → "Son La"), so "Thanh Hoá" and "Thanh Hóa" match alike. */
	static String unaccent(String text) {
		return VietText.unaccent(text);
	}
}
