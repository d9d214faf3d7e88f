package vn.plantrack.extract.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a cell or clause naming agencies into agency names. Names themselves contain commas ("Sở Văn hóa,
 * Thể thao và Du lịch", "UBND các huyện, thành phố"), so a comma only separates two names when the part after
 * it starts a new agency name.
 */
public final class AgencyNames {

	// rule: an agency name starts with one of the head words Vietnamese administrations use for bodies
	// (Sở, Ban, Ủy ban, UBND, Đảng ủy, Công an, ...); "các"/"Các" starts a collective ("các sở, ngành").
	private static final Pattern HEAD = Pattern.compile("^(?:"
			+ "Sở|Ban|Ủy ban|Uỷ ban|UBND|HĐND|Hội đồng|Đảng ủy|Đảng uỷ|Đảng bộ|Chi bộ|Tỉnh ủy|Tỉnh uỷ|Huyện ủy|Huyện uỷ"
			+ "|Thành ủy|Thành uỷ|Công an|Bộ Chỉ huy|Bộ chỉ huy|BCH|Bộ đội|Bộ|Hội|Mặt trận|MTTQ|Tỉnh đoàn|Đoàn|Liên đoàn"
			+ "|Liên minh|Văn phòng|Thanh tra|Kho bạc|Cục|Chi cục|Trường|Báo|Đài|Bảo hiểm|BHXH|Ngân hàng|Nhà hát"
			+ "|Bảo tàng|Thư viện|Trung tâm|BQL|Hiệp hội|Viện|Tòa án|Toà án|Thuế|Hải quan|Điện lực|Công ty|Tổng công ty"
			+ "|Quỹ|Thống kê|Ủy ban nhân dân|Uỷ ban nhân dân|Các|các)(?=[\\s,;.&-]|$)");

	// rule: markup left by document conversion is not part of a name
	private static final Pattern MARKUP = Pattern.compile("</?[a-zA-Z][^>]*>|\\*+|_{2,}|`");

	// rule: a collective names kinds of bodies in a comma list ("Các Sở, Ban, ngành", "UBND các huyện, thành phố")
	private static final Pattern COLLECTIVE = Pattern.compile("(?:^|\\s)(?:[Cc]ác|[Cc]ấp)\\s");

	private static final Pattern LEVEL_WORD = Pattern.compile("(?i)(?:sở|ban|ngành|ban ngành|đoàn thể|huyện|thành phố"
			+ "|thị xã|xã|phường|thị trấn|cơ quan|đơn vị|địa phương|hội|đoàn)(?:\\s+(?:liên quan|có liên quan|của tỉnh|trực thuộc))?");

	private static final Pattern CONJUNCTION = Pattern.compile("\\s+(?:và|với)\\s+");

	private AgencyNames() {
	}

	/** The agencies named in {@code text}, in order, as written (trimmed, markup and final punctuation removed). */
	public static List<String> split(String text) {
		List<String> names = new ArrayList<>();
		if (text == null) {
			return names;
		}
		String clean = hasMarkup(text) ? MARKUP.matcher(text).replaceAll("") : text;
		String[] parts = clean.indexOf(';') < 0 && clean.indexOf('\n') < 0 ? new String[] { clean } : PARTS.split(clean);
		for (String part : parts) {
			for (String byComma : splitOnCommas(part)) {
				for (String name : splitOnConjunctions(byComma)) {
					String tidy = withoutRoleWords(tidy(name));
					if (!tidy.isEmpty()) {
						names.add(tidy);
					}
				}
			}
		}
		return names;
	}

	private static final Pattern PARTS = Pattern.compile("[;\\n]");

	// the characters MARKUP needs: most cells have none and are not copied
	private static boolean hasMarkup(String text) {
		return text.indexOf('<') >= 0 || text.indexOf('*') >= 0 || text.indexOf('_') >= 0 || text.indexOf('`') >= 0;
	}

	/** Whether {@code text} starts like an agency name. */
	public static boolean startsWithAgencyHead(String text) {
		return HEAD.matcher(tidy(text)).find();
	}

	private static List<String> splitOnCommas(String part) {
		List<String> pieces = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String piece : part.split(",")) {
			String stripped = piece.strip();
			if (current.length() == 0) {
				current.append(stripped);
				continue;
			}
			if (startsNewName(current.toString().strip(), stripped)) {
				pieces.add(current.toString());
				current.setLength(0);
				current.append(stripped);
			}
			else {
				current.append(", ").append(stripped);
			}
		}
		if (current.length() > 0) {
			pieces.add(current.toString());
		}
		return pieces;
	}

	// rule: after a collective ("Các sở, ban, ngành") lower-case words continue the same collective;
	// otherwise a comma separates two names only when the next part begins with a head word.
	private static boolean startsNewName(String previous, String next) {
		if (next.isEmpty() || !HEAD.matcher(next).find()) {
			return false;
		}
		if (COLLECTIVE.matcher(previous).find() && LEVEL_WORD.matcher(next).matches()) {
			return false;
		}
		boolean lowerCase = Character.isLowerCase(next.charAt(0));
		if (lowerCase && !next.startsWith("các ")) {
			return false;
		}
		return true;
	}

	// rule: "X và Y" / "X với Y" names two agencies only when both X and Y begin with a head word
	// ("Sở Kế hoạch và Đầu tư" stays one name).
	private static List<String> splitOnConjunctions(String text) {
		List<String> names = new ArrayList<>();
		String rest = text.strip();
		if (rest.indexOf("và") < 0 && rest.indexOf("với") < 0) {
			names.add(rest); // CONJUNCTION needs one of its words: no scan of the pattern at every position
			return names;
		}
		int searchFrom = 0;
		Matcher m = CONJUNCTION.matcher(rest);
		while (m.find(searchFrom)) {
			String left = rest.substring(0, m.start());
			String right = rest.substring(m.end());
			if (HEAD.matcher(tidy(left)).find() && HEAD.matcher(right).find()) {
				names.add(left);
				rest = right;
				searchFrom = 0;
				m = CONJUNCTION.matcher(rest);
			}
			else {
				searchFrom = m.end();
			}
		}
		names.add(rest);
		return names;
	}

	// rule: a cell may say what each body does ("Đảng ủy Sở Tài chính phối hợp với Đảng ủy Thống kê tỉnh chủ trì
	// đánh giá kết quả"); after splitting, the role words are not part of the agency's name
	private static final java.util.regex.Pattern ROLE_WORDS = java.util.regex.Pattern
		.compile("\\s+(?:phối hợp|chủ trì)(?:\\s.*)?$");

	private static String withoutRoleWords(String name) {
		// without the role words the pattern cannot match: only the strip below can change the name
		boolean roleWords = name.indexOf("phối hợp") >= 0 || name.indexOf("chủ trì") >= 0;
		String stripped = (roleWords ? ROLE_WORDS.matcher(name).replaceFirst("") : name).strip();
		if (stripped.length() == name.length()) {
			return name;
		}
		return startsWithAgencyHeadWord(stripped) ? stripped : name;
	}

	private static boolean startsWithAgencyHeadWord(String text) {
		return !text.isEmpty() && HEAD.matcher(text).find();
	}

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	// whether WHITESPACE would change anything: a no-break space, a control space or two spaces in a row
	private static boolean hasSpaceRun(String text) {
		boolean previousSpace = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ' ') {
				if (previousSpace) {
					return true;
				}
				previousSpace = true;
			}
			else {
				if (c == '\u00A0' || (c >= '\t' && c <= '\r')) {
					return true;
				}
				previousSpace = false;
			}
		}
		return false;
	}

	private static final Pattern BULLET = Pattern.compile("^[-+•–]\\s*");

	private static String tidy(String name) {
		String s = hasSpaceRun(name) ? WHITESPACE.matcher(name.replace('\u00A0', ' ')).replaceAll(" ").strip() : name.strip();
		if (!s.isEmpty() && "-+•–".indexOf(s.charAt(0)) >= 0) {
			s = BULLET.matcher(s).replaceFirst("");
		}
		while (!s.isEmpty() && (s.endsWith(".") || s.endsWith(";") || s.endsWith(","))) {
			s = s.substring(0, s.length() - 1).strip();
		}
		return s;
	}
}
