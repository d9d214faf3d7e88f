package vn.plantrack.extract.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import vn.plantrack.extract.TargetValue;
import vn.plantrack.extract.text.Needle;
import vn.plantrack.shared.text.VietText;

/**
 * Reads a target text ("≥ 90%", "8-9%/năm", "bình quân 10%/năm", "Hoàn thành phổ cập") into a
 * {@link TargetValue}. It accepts either the target cell alone or the whole indicator sentence
 * ("GRDP bình quân đầu người đến năm 2030 đạt trên 90 triệu đồng/người"). What it cannot read with
 * confidence stays qualitative (no number) or raw only (kind {@code null}): it never guesses.
 *
 * <p>Decreases are stored as negative changes: "giảm bình quân 1,5 - 2 điểm %/năm" is a change per year
 * between -2 and -1,5 points, "giảm từ 3% trở lên" is a change of at most -3.
 */
public final class TargetParser {

	// rule: numbers are written with a thousands separator (dot in Vietnamese, comma in some tables:
	// "4.596.000", "3,373") and a decimal separator (comma, sometimes dot: "44,36", "93.8")
	// bounded: an unbounded group repetition recurses per group in java.util.regex and overflowed the stack
	// on a run like "1.1.1.1…" thousands of groups long; real numbers have at most six groups
	private static final Pattern NUMBER = Pattern.compile("(?<![\\d.,])\\d+(?:[.,]\\d+){0,12}");

	// rule: the year a target refers to: "năm 2030", "đến 2030", "giai đoạn 2026-2030", "2026 - 2030"
	private static final Pattern YEAR_RANGE = Pattern
		.compile("(?<![\\d.,])((?:19|20)\\d{2})\\s*[-–]\\s*((?:19|20)\\d{2}|\\d{2,3})(?!\\d|[.,]\\d)");
	private static final Pattern KEYWORD_YEAR = Pattern.compile(
			"(?:năm|đến|giai đoạn|nhiệm kỳ|trước|sau)\\s+((?:19|20)\\d{2})(?!\\d|[.,]\\d)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	// rule: a number that names a grade, level or technology ("mức độ 2", "tiêu chí số 5", "5G", "4.0")
	// is not a quantity
	private static final Pattern GRADE_NUMBER = Pattern.compile(
			"(?i:mức độ|mức|cấp độ|tiêu chí số|hạng|loại|nhóm)\\s+\\d+|(?<![\\d.,])\\d+(?:\\.0)?(?=[A-Z])"
					+ "|(?i:công nghiệp|cách mạng)\\s+4\\.0");

	// rule: a range is two numbers joined by a dash ("50-55", "1,5 - 2", "7,5-8"), or "từ A đến B"
	private static final Pattern RANGE = Pattern.compile("(" + NUMBER.pattern() + ")\\s*%?\\s*[-–]\\s*("
			+ NUMBER.pattern() + ")");
	private static final Pattern FROM_TO = Pattern
		.compile("từ\\s+(" + NUMBER.pattern() + ")\\s*%?\\s*(?:đến|tới)\\s+(" + NUMBER.pattern() + ")");

	private static final Pattern STRIVE_MISSPELLED = Pattern.compile("(?iu)\\b(phân|phần|phấn)\\s+(đấu|đầu)\\b");

	// clauses that restate the same target in other units ("tương ứng với 36 xã") are not sub-targets
	private static final Pattern EQUIVALENT = Pattern.compile("(?iu)^(tương ứng|tương đương|bằng khoảng)");

	private static final int MAX_LENGTH = 2_000;

	private TargetParser() {
	}

	/** Reads {@code raw}; a {@code null} or blank text gives a raw-only target. */
	public static TargetValue parse(String raw) {
		if (raw == null || raw.isBlank()) {
			return TargetValue.rawOnly(raw);
		}
		String text = normalise(raw);
		if (text.length() > MAX_LENGTH) {
			return TargetValue.rawOnly(raw);
		}
		Integer year = yearOf(text);
		List<String> clauses = clauses(text);
		if (clauses.size() > 1) {
			boolean structure = isStructure(text);
			String lowerText = text.toLowerCase(Locale.ROOT);
			boolean yearly = lowerText.startsWith("hằng năm") || lowerText.startsWith("hàng năm");
			List<TargetValue> components = new ArrayList<>();
			for (String clause : clauses) {
				TargetValue part = single(clause, clause, year, structure);
				if (yearly && ("level".equals(part.kind()) || "comparator".equals(part.kind()))) {
					// "Hằng năm có 90% ..., trong đó có 50% ..." : every sub-target is yearly
					part = new TargetValue(part.raw(), "each_year", part.comparator(), part.value(), part.low(),
							part.high(), part.unit(), part.year(), List.of());
				}
				if (part.kind() != null && !"qualitative".equals(part.kind())) {
					components.add(part);
				}
			}
			if (components.size() > 1) {
				return new TargetValue(raw, "composite", null, null, null, null, null, year, List.copyOf(components));
			}
		}
		return single(raw, text, year, isStructure(text));
	}

	// rule: "giảm xuống còn 62,7%" and "tăng lên 60" state the level to reach, not a change
	private static final Pattern LEVEL_CHANGE = Pattern.compile("(?iu)\\b(giảm xuống còn|giảm còn|tăng lên đến|tăng lên)\\b");

	private static final Pattern LIST_ITEM_LINE = Pattern.compile("\\n\\s*[-+•]\\s+");

	private static String normalise(String raw) {
		String lines = VietText.nfc(raw).replace("<b>", "").replace("</b>", "");
		// list items on their own lines ("- Mẫu giáo 99,8%") are sub-targets
		lines = lines.indexOf('\n') < 0 ? lines : LIST_ITEM_LINE.matcher(lines).replaceAll("; ");
		String text = VietText.squeeze(lines);
		// each pattern only when a letter it needs is there ("giảm"/"tăng", "đấu"/"đầu", in either case)
		text = hasAny(text, "ảẢăĂ") ? LEVEL_CHANGE.matcher(text).replaceAll("đạt") : text;
		return hasAny(text, "đĐ") ? STRIVE_MISSPELLED.matcher(text).replaceAll("Phấn đấu") : text;
	}

	private static boolean hasAny(String text, String letters) {
		for (int i = 0; i < letters.length(); i++) {
			if (text.indexOf(letters.charAt(i)) >= 0) {
				return true;
			}
		}
		return false;
	}

	private static boolean isStructure(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		return lower.contains("cơ cấu") || lower.contains("tỷ trọng") || lower.contains("% grdp");
	}

	// rule: sub-targets are separated by ';', by '-'/'+' list items, or by ", " after a quantity; a
	// clause without any number belongs to a neighbour: to the next clause when a comma follows it ("Nông,
	// lâm nghiệp, thủy sản 17-18%"), to the previous one when it closes a sub-target before ';' or the end
	// ("90,22% xã, phường; 95,22% cơ quan")
	private static final Pattern SEPARATOR = Pattern.compile("\\s*(;|,\\s|\\.\\s)\\s*");

	private static List<String> clauses(String text) {
		List<String> pieces = new ArrayList<>();
		List<Boolean> closing = new ArrayList<>();
		Matcher m = SEPARATOR.matcher(text);
		int from = 0;
		while (m.find()) {
			pieces.add(text.substring(from, m.start()));
			closing.add(!m.group(1).startsWith(","));
			from = m.end();
		}
		pieces.add(text.substring(from));
		closing.add(true);
		List<String> clauses = new ArrayList<>();
		StringBuilder pending = new StringBuilder();
		for (int i = 0; i < pieces.size(); i++) {
			String piece = pieces.get(i);
			if (piece.isBlank() || EQUIVALENT.matcher(piece).find()) {
				continue;
			}
			pending.append(pending.length() == 0 ? "" : ", ").append(piece);
			if (hasQuantity(piece)) {
				clauses.add(pending.toString());
				pending.setLength(0);
			}
			else if (closing.get(i) && !clauses.isEmpty()) {
				int last = clauses.size() - 1;
				clauses.set(last, clauses.get(last) + ", " + pending);
				pending.setLength(0);
			}
		}
		if (pending.length() > 0) {
			clauses.add(pending.toString());
		}
		return clauses;
	}

	// compiled once: String.matches/replaceAll/split(regex) compile their pattern on every call
	private static final Pattern PER_POPULATION = Pattern.compile("/\\s*\\d+(?:[.,]\\d+)*\\s*(?:vạn|nghìn|ngàn)?\\s*dân");

	private static final Pattern BARE_YEAR = Pattern.compile("(?<![\\d.,])(?:19|20)\\d{2}(?![\\d.,%])(?=\\s*(?:$|[,;:)]))");

	private static final Pattern DECREASE_WORD = Pattern.compile(".*\\bgiảm\\b.*");

	private static final Pattern INCREASE_WORD = Pattern.compile(".*\\btăng\\b.*");

	private static final Pattern ABOVE_NUMBER = Pattern.compile(".*\\b(trên|hơn|vượt)\\s+\\d.*");

	private static final Pattern BELOW_NUMBER = Pattern.compile(".*\\b(dưới)\\s+\\d.*");

	private static final Pattern UNIT_TAIL = Pattern.compile("(?i)\\s*(trở lên|trở xuống|so với.*|trong đó.*|trong tổng.*|\\(.*)$");

	private static final Pattern CLAUSE_END = Pattern.compile("[,;:]");

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private static final Pattern NOT_UNIT = Pattern.compile("(?i)đạt|là|có|và|được|trở|dân số|trong");

	private static final Pattern SLASH = Pattern.compile("\\s*/\\s*");

	private static final Pattern FINAL_DOT = Pattern.compile("[.]$");

	private static final Pattern NUMBER_SEPARATOR = Pattern.compile("[.,]");

	private static boolean hasQuantity(String text) {
		return NUMBER.matcher(withoutYearsAndGrades(text)).find();
	}

	private static String withoutYearsAndGrades(String text) {
		// every pattern below needs a digit, the year patterns a "19xx"/"20xx": most clauses skip some or all
		if (!hasDigit(text)) {
			return text;
		}
		boolean year = hasYear(text);
		String out = year ? YEAR_RANGE.matcher(text).replaceAll(" ") : text;
		out = year ? KEYWORD_YEAR.matcher(out).replaceAll(" ") : out;
		out = mayHoldGrade(out) ? GRADE_NUMBER.matcher(out).replaceAll(" ") : out;
		out = out.indexOf("dân") < 0 ? out : PER_POPULATION.matcher(out).replaceAll("/dân");
		return year ? BARE_YEAR.matcher(out).replaceAll(" ") : out;
	}

	// GRADE_NUMBER's words (ASCII case only there, any case here), "4.0", or a number a capital follows: most clauses
	// have none, and the pattern, tried at every position, is the dearest of this class
	private static final List<Needle> GRADE_WORDS = Stream.of("mức", "cấp độ", "tiêu chí số", "hạng", "loại", "nhóm")
		.map(Needle::new)
		.toList();

	private static boolean mayHoldGrade(String text) {
		if (text.contains("4.0") || hasNumberBeforeCapital(text)) {
			return true;
		}
		for (Needle word : GRADE_WORDS) {
			if (word.in(text)) {
				return true;
			}
		}
		return false;
	}

	// a digit followed by A-Z, or by ".0" and A-Z ("5G", "4.0T")
	private static boolean hasNumberBeforeCapital(String text) {
		int length = text.length();
		for (int i = 0; i + 1 < length; i++) {
			if (!isDigit(text.charAt(i))) {
				continue;
			}
			char next = text.charAt(i + 1);
			if (isCapital(next) || (next == '.' && i + 3 < length && text.charAt(i + 2) == '0' && isCapital(text.charAt(i + 3)))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isCapital(char c) {
		return c >= 'A' && c <= 'Z';
	}

	private static boolean hasDigit(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				return true;
			}
		}
		return false;
	}

	// "19" or "20" followed by two more digits somewhere in the text
	private static boolean hasYear(String text) {
		for (int i = 0; i + 3 < text.length(); i++) {
			char c = text.charAt(i);
			char d = text.charAt(i + 1);
			if (((c == '1' && d == '9') || (c == '2' && d == '0')) && isDigit(text.charAt(i + 2)) && isDigit(text.charAt(i + 3))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static Integer yearOf(String text) {
		// both patterns need a "19xx" or "20xx"
		if (!hasYear(text)) {
			return null;
		}
		Integer year = null;
		Matcher range = YEAR_RANGE.matcher(text);
		while (range.find()) {
			String end = range.group(2);
			if (end.length() == 4) {
				year = Integer.valueOf(end);
			}
			else if (end.length() == 2) {
				year = Integer.valueOf(range.group(1).substring(0, 2) + end);
			}
		}
		Matcher keyword = KEYWORD_YEAR.matcher(text);
		while (keyword.find()) {
			int found = Integer.parseInt(keyword.group(1));
			if (year == null || found > year) {
				year = found;
			}
		}
		return year;
	}

	private static TargetValue single(String raw, String text, Integer year, boolean structure) {
		String lower = text.toLowerCase(Locale.ROOT);
		String quantities = withoutYearsAndGrades(text);
		String quantitiesLower = quantities.toLowerCase(Locale.ROOT);
		List<BigDecimal> numbers = numbers(quantities);
		if (numbers.isEmpty()) {
			return new TargetValue(raw, "qualitative", null, null, null, null, null, year, List.of());
		}
		BigDecimal low = null;
		BigDecimal high = null;
		int rangeEnd = -1;
		Matcher range = RANGE.matcher(quantities);
		Matcher fromTo = FROM_TO.matcher(quantitiesLower);
		if (range.find()) {
			low = number(range.group(1));
			high = number(range.group(2));
			rangeEnd = range.end();
		}
		else if (fromTo.find()) {
			low = number(fromTo.group(1));
			high = number(fromTo.group(2));
			rangeEnd = fromTo.end();
		}
		boolean isRange = low != null && high != null && low.compareTo(high) < 0;
		if (low != null && !isRange) {
			low = null;
			high = null;
		}
		BigDecimal value = isRange ? null : numbers.get(0);
		String unit = unitOf(quantities, isRange ? rangeEnd : firstNumberEnd(quantities));
		String comparator = comparatorOf(quantitiesLower);
		// each word pattern only when its word is there
		boolean decrease = (quantitiesLower.contains("giảm") && DECREASE_WORD.matcher(quantitiesLower).matches())
				|| lower.startsWith("giảm");
		boolean increase = quantitiesLower.contains("tăng") && INCREASE_WORD.matcher(quantitiesLower).matches();
		boolean perYear = unit != null && unit.endsWith("/năm");
		boolean average = lower.contains("bình quân");
		boolean points = unit != null && unit.startsWith("điểm");

		String kind;
		if (lower.contains("hằng năm") || lower.contains("hàng năm") || lower.contains("mỗi năm")) {
			kind = "each_year";
		}
		else if (isChangePerYear(lower, decrease, increase, perYear, points, isRange, comparator)) {
			kind = "change_per_year";
			if (decrease && isRange) {
				BigDecimal negLow = high.negate();
				high = low.negate();
				low = negLow;
			}
			else if (decrease) {
				value = value.negate();
				comparator = flip(comparator);
			}
		}
		else if (points && perYear) {
			kind = "change_per_year";
		}
		else if (unit != null && unit.startsWith("%") && (perYear && (average || increase || !structure)
				|| lower.contains("tốc độ tăng") || lower.contains("tăng trưởng"))) {
			kind = "growth";
		}
		else if (structure) {
			kind = "share";
		}
		else if (lower.contains("giai đoạn") && !average && unit != null && !unit.startsWith("%")
				&& (lower.contains("tổng") || lower.contains("cả giai đoạn") || lower.contains("lũy kế"))) {
			kind = "cumulative";
		}
		else if (decrease || increase) {
			return new TargetValue(raw, null, comparator, value, low, high, unit, year, List.of());
		}
		else if (isRange) {
			kind = "range";
		}
		else if (comparator != null && !"=".equals(comparator)) {
			kind = "comparator";
		}
		else {
			kind = "level";
			comparator = "=";
		}
		if (isRange && comparator == null) {
			comparator = lower.contains("khoảng") ? "~" : null;
		}
		if (!isRange && comparator == null) {
			comparator = "=";
		}
		return new TargetValue(raw, kind, comparator, value, low, high, unit, year, List.of());
	}

	// rule: "giảm 3%/năm", "giảm bình quân 1,5 - 2 điểm %/năm", "giảm từ 3% trở lên", "tăng từ 1-1,5%"
	// are changes per year; "tăng bình quân 10%/năm" is a growth rate and "giảm 5% so với đầu nhiệm kỳ"
	// a change over the whole term (left unread)
	private static boolean isChangePerYear(String lower, boolean decrease, boolean increase, boolean perYear,
			boolean points, boolean isRange, String comparator) {
		if (lower.contains("so với") || lower.contains("tốc độ")) {
			return false;
		}
		boolean bounded = isRange || (comparator != null && !"~".equals(comparator));
		if (decrease) {
			return perYear || points || bounded;
		}
		return increase && (points || (!perYear && bounded));
	}

	private static String flip(String comparator) {
		if (comparator == null || "=".equals(comparator)) {
			return "<=";
		}
		switch (comparator) {
			case ">=":
				return "<=";
			case ">":
				return "<";
			case "<=":
				return ">=";
			case "<":
				return ">";
			default:
				return comparator;
		}
	}

	// rule: the comparator words of Vietnamese targets; "từ X trở lên" and "ít nhất" are ≥, "trên"
	// and "hơn" are >, "dưới" is <, "không quá"/"tối đa"/"trở xuống" are ≤, "khoảng" is approximate
	private static String comparatorOf(String lower) {
		if (lower.contains("≥") || lower.contains(">=") || lower.contains("trở lên") || lower.contains("ít nhất")
				|| lower.contains("tối thiểu") || lower.contains("không dưới") || lower.contains("không thấp hơn")) {
			return ">=";
		}
		if (lower.contains("≤") || lower.contains("<=") || lower.contains("trở xuống") || lower.contains("không quá")
				|| lower.contains("tối đa") || lower.contains("không vượt quá")) {
			return "<=";
		}
		if (lower.contains(">") || (hasAboveWord(lower) && ABOVE_NUMBER.matcher(lower).matches())) {
			return ">";
		}
		if (lower.contains("<") || (lower.contains("dưới") && BELOW_NUMBER.matcher(lower).matches())) {
			return "<";
		}
		if (lower.contains("khoảng") || lower.contains("xấp xỉ") || lower.contains("~") || lower.contains("gần")) {
			return "~";
		}
		return null;
	}

	// the words ABOVE_NUMBER needs one of
	private static boolean hasAboveWord(String lower) {
		return lower.contains("trên") || lower.contains("hơn") || lower.contains("vượt");
	}

	private static int firstNumberEnd(String text) {
		Matcher m = NUMBER.matcher(text);
		return m.find() ? m.end() : -1;
	}

	// rule: the unit follows the (last) number: "%", "%/năm", "điểm %/năm", "triệu đồng/người", "xã"
	private static String unitOf(String text, int from) {
		if (from < 0 || from >= text.length()) {
			return null;
		}
		String rest = text.substring(from).strip();
		// UNIT_TAIL (case folded for ASCII only) needs one of these characters: "trở", "với", "đó", "tổng", "("
		rest = hasAny(rest, "ởớđổ(") ? UNIT_TAIL.matcher(rest).replaceAll("") : rest;
		String[] words = WHITESPACE.split(CLAUSE_END.split(rest, 2)[0].strip());
		StringBuilder unit = new StringBuilder();
		for (int i = 0; i < words.length && i < 4; i++) {
			String word = words[i];
			if (word.isEmpty() || NOT_UNIT.matcher(word).matches()) {
				break;
			}
			unit.append(unit.length() == 0 ? "" : " ").append(word);
			if (word.startsWith("%") || word.contains("/")) {
				if (word.equals("%") && i + 1 < words.length && words[i + 1].startsWith("/")) {
					continue;
				}
				break;
			}
		}
		String slashed = unit.indexOf("/") < 0 ? unit.toString() : SLASH.matcher(unit).replaceAll("/");
		String result = (slashed.indexOf('.') < 0 ? slashed : FINAL_DOT.matcher(slashed).replaceAll("")).strip();
		return result.isEmpty() ? null : result;
	}

	private static List<BigDecimal> numbers(String text) {
		List<BigDecimal> out = new ArrayList<>();
		Matcher m = NUMBER.matcher(text);
		while (m.find()) {
			BigDecimal n = number(m.group());
			if (n != null) {
				out.add(n);
			}
		}
		return out;
	}

	/**
	 * The value of one number token. A separator followed by exactly three digits groups thousands
	 * ("150.000", "3,373"), any other one is the decimal separator ("44,36", "93.8", "0,125").
	 */
	static BigDecimal number(String token) {
		String[] groups = NUMBER_SEPARATOR.split(token, -1);
		if (groups.length == 1) {
			return new BigDecimal(token);
		}
		boolean thousands = !"0".equals(groups[0]) && groups[0].length() <= 3;
		for (int i = 1; i < groups.length && thousands; i++) {
			thousands = groups[i].length() == 3;
		}
		if (thousands) {
			return new BigDecimal(String.join("", groups));
		}
		int lastSep = Math.max(token.lastIndexOf('.'), token.lastIndexOf(','));
		String integral = NUMBER_SEPARATOR.matcher(token.substring(0, lastSep)).replaceAll("");
		String fraction = token.substring(lastSep + 1);
		try {
			return new BigDecimal(integral + "." + fraction);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}
}
