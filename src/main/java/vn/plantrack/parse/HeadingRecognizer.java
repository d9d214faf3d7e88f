package vn.plantrack.parse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises numbered headings by their numbering scheme (markup already stripped). */
final class HeadingRecognizer {

	/**
	 * A rule is tried only on texts starting with one of {@code firstChars}, and when it names {@code words}, with one
	 * of them in any case (its pattern cannot match other texts): "Phát triển ..." is not tried as "Phần ...".
	 */
	private record Rule(NumberingScheme scheme, Pattern pattern, String firstChars, List<String> words, String secondChars) {

		Rule(NumberingScheme scheme, Pattern pattern, String firstChars) {
			this(scheme, pattern, firstChars, List.of(), null);
		}

		Rule(NumberingScheme scheme, Pattern pattern, String firstChars, List<String> words) {
			this(scheme, pattern, firstChars, words, null);
		}

		/** This rule tried only on texts whose second character is one of {@code chars} (its pattern needs one). */
		Rule secondIn(String chars) {
			return new Rule(scheme, pattern, firstChars, words, chars);
		}

		// (the first character is known to be one of firstChars: see BY_FIRST_CHAR)
		boolean mayMatch(String text) {
			if (secondChars != null && (text.length() < 2 || secondChars.indexOf(text.charAt(1)) < 0)) {
				return false;
			}
			if (words.isEmpty()) {
				return true;
			}
			for (String word : words) {
				if (text.regionMatches(true, 0, word, 0, word.length())) {
					return true;
				}
			}
			return false;
		}
	}

	private static final String DIGITS = "0123456789";

	// what \s matches (no UNICODE_CHARACTER_CLASS): the second character of "A. ..." or "I - ..." may be one
	private static final String SPACES = " \t\n\u000B\f\r";

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	private static final List<Rule> RULES = List.of(
			// rule: appendix captions "PHỤ LỤC 01", "Phụ lục số 02", "PHỤ LỤC SỐ 01PHÂN CÔNG", "Biểu 01"
			new Rule(NumberingScheme.APPENDIX,
					Pattern.compile("^(?:phụ lục|biểu)(?:\\s+số)?\\s*([0-9]{1,3}|[IVX]{1,5}\\b)[.:\\-–]?\\s*(.*)$", FLAGS), "pPbB",
					List.of("phụ lục", "biểu")),
			// rule: "Phần thứ nhất", "PHẦN I"
			new Rule(NumberingScheme.PART, Pattern.compile(
					"^phần\\s+(thứ\\s+\\S+|[IVX]{1,5}\\b|\\d{1,2}\\b)\\s*[:.\\-–]?\\s*(.*)$", FLAGS), "pP", List.of("phần")),
			// rule: "Chương I", "CHƯƠNG 2" (not "Chương trình")
			new Rule(NumberingScheme.CHAPTER,
					Pattern.compile("^chương\\s+([IVXL]{1,6}|\\d{1,2})\\b\\s*[:.\\-–]?\\s*(.*)$", FLAGS), "cC",
					List.of("chương")),
			// rule: "Điều 1." in legal documents (not "Điều chỉnh")
			new Rule(NumberingScheme.ARTICLE, Pattern.compile("^điều\\s+(\\d{1,3})\\s*[.:]?\\s*(.*)$", FLAGS), "đĐ",
					List.of("điều")),
			// rule: "Nhiệm vụ 1: ..." standing alone as a group title
			new Rule(NumberingScheme.NAMED_TASK, Pattern.compile("^nhiệm vụ\\s+(\\d{1,3})\\s*[:.]\\s*(.*)$", FLAGS), "nN",
					List.of("nhiệm vụ")),
			// rule: "A- MỤC ĐÍCH", "B. MỤC TIÊU": one capital letter A-H then a separator
			new Rule(NumberingScheme.UPPER_LETTER, Pattern.compile("^([A-H])\\s?[.\\-–)]\\s+(\\S.*)$"), "ABCDEFGH")
				.secondIn(SPACES + ".-–)"),
			// rule: roman numerals "I-", "II.", "IV)" followed by the title
			new Rule(NumberingScheme.ROMAN, Pattern.compile("^([IVXLC]{1,7})\\s?[.\\-–)](?!\\d)\\s*(\\S.*)$"), "IVXLC")
				.secondIn("IVXLC" + SPACES + ".-–)"),
			// rule: "1.1", "2.3.1" (dot optional after a multi-part number; later parts have 1-2 digits so
			// "4.596.000 đồng" is not a heading)
			new Rule(NumberingScheme.DECIMAL, Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,2}){1,4})\\.?\\s+(\\S.*)$"), DIGITS),
			// rule: "1. Title": a single number needs its dot
			new Rule(NumberingScheme.DECIMAL, Pattern.compile("^(\\d{1,3})\\.\\s+(\\S.*)$"), DIGITS),
			// rule: "a) ...", "đ) ..."
			new Rule(NumberingScheme.LOWER_LETTER, Pattern.compile("^([a-zđ])\\)\\s+(\\S.*)$"), "abcdefghijklmnopqrstuvwxyzđ")
				.secondIn(")"),
			// rule: "(1) ..." and "1) ..."
			new Rule(NumberingScheme.PAREN_NUMBER, Pattern.compile("^\\((\\d{1,3})\\)\\s*(\\S.*)$"), "(").secondIn(DIGITS),
			new Rule(NumberingScheme.PAREN_NUMBER, Pattern.compile("^(\\d{1,3})\\)\\s+(\\S.*)$"), DIGITS));

	private HeadingRecognizer() {
	}

	static Optional<HeadingStart> recognise(String text) {
		if (text.isEmpty() || text.charAt(0) >= BY_FIRST_CHAR.length) {
			return Optional.empty();
		}
		for (Rule rule : BY_FIRST_CHAR[text.charAt(0)]) {
			if (!rule.mayMatch(text)) {
				continue;
			}
			Matcher m = rule.pattern().matcher(text);
			if (m.matches() && isPlausible(rule.scheme(), m.group(1))) {
				return Optional.of(new HeadingStart(rule.scheme(), m.group(1), m.group(2).strip()));
			}
		}
		return Optional.empty();
	}

	// the rules that may match a text starting with each character, in the order of RULES: every rule starts with a
	// digit, '(', a lower-case letter, or a capital of "phụ lục", "biểu", "phần", "chương", "điều", "nhiệm vụ", A-H or
	// a roman numeral, all below U+0200 ('đ', 'Đ' included); most prose lines start otherwise and try none
	private static final Rule[][] BY_FIRST_CHAR = new Rule[0x200][];

	static {
		for (char c = 0; c < BY_FIRST_CHAR.length; c++) {
			char first = c;
			BY_FIRST_CHAR[c] = RULES.stream().filter(rule -> rule.firstChars().indexOf(first) >= 0).toArray(Rule[]::new);
		}
	}

	private static final Pattern ROMAN_NUMERAL = Pattern.compile("M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");

	private static boolean isPlausible(NumberingScheme scheme, String number) {
		if (scheme == NumberingScheme.ROMAN) {
			return ROMAN_NUMERAL.matcher(number).matches();
		}
		return true;
	}
}
