package vn.plantrack.extract.document;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.plantrack.shared.text.VietText;

/** Shared recognisers for document symbols, kinds and dates as they are written in Vietnamese documents. */
public final class DocumentSymbols {

	// rule: a symbol is a number, optionally a year, then a kind code and an issuer code joined by '-' or '/'
	// ("14-CTr/TU", "139/QĐ-UBND", "198/2025/QH15", "52-KH/ĐU", "09/2019/NĐ-CP", "23/TTr-SKHĐT")
	public static final Pattern SYMBOL = Pattern.compile(
			"(?=\\d)(?<![\\p{L}\\d/-])(\\d{1,4}(?:/\\d{4})?[-/](?:[A-ZĐ][\\p{L}\\d&]*)(?:[-/][\\p{Lu}Đ][\\p{L}\\d&]*)*)(?![\\p{L}\\d])");

	// rule: "ngày 04/5/2025", "ngày 20 tháng 01 năm 2021", "ngày 25/3/2206"
	public static final Pattern DATE = Pattern.compile(
			"ngày\\s+(\\d{1,2})\\s*(?:/|-|\\.|\\s+tháng\\s+)\\s*(\\d{1,2})\\s*(?:/|-|\\.|\\s+năm\\s+)\\s*(\\d{4})",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** Document kinds, longest first so "Chương trình hành động" wins over shorter names. */
	public static final String[] KINDS = { "Chương trình hành động", "Nghị quyết", "Kế hoạch", "Quyết định",
			"Kết luận", "Chỉ thị", "Báo cáo", "Công văn", "Thông báo", "Quy định", "Hướng dẫn", "Nghị định",
			"Thông tư", "Luật", "Tờ trình", "Đề án", "Chương trình" };

	private static final String[] FOLDED_KINDS = new String[KINDS.length];

	static {
		for (int i = 0; i < KINDS.length; i++) {
			FOLDED_KINDS[i] = VietText.fold(KINDS[i]);
		}
	}

	private static final Pattern NUMBER_WORD_AT_END = Pattern.compile("\\s*(?:số|Số)?\\s*$");

	// rule: the kind stands before an optional "số" ("Nghị quyết số 12-NQ/TU"); the end of the kind is found by
	// walking back over spaces, "số" and spaces, as the pattern \s*(?:số|Số)?\s*$ removed it, without the
	// pattern's attempt at every position of the text
	private static int withoutNumberWord(String text, int end) {
		int i = skipSpacesBack(text, end);
		if (i >= 2 && (text.startsWith("số", i - 2) || text.startsWith("Số", i - 2))) {
			i = skipSpacesBack(text, i - 2);
		}
		return i;
	}

	private static int skipSpacesBack(String text, int end) {
		int i = end;
		while (i > 0 && isRegexSpace(text.charAt(i - 1))) {
			i--;
		}
		return i;
	}

	// the \s of java.util.regex without UNICODE_CHARACTER_CLASS
	private static boolean isRegexSpace(char c) {
		return c == ' ' || (c >= '\t' && c <= '\r');
	}

	private DocumentSymbols() {
	}

	/** The date written in {@code m} (from {@link #DATE}), or empty when it is not a calendar date. */
	public static Optional<LocalDate> date(Matcher m) {
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(1))));
		}
		catch (DateTimeException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/** The kind a text starts with (any case, accents kept), or null. */
	public static String kindAtStart(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		for (String kind : KINDS) {
			if (lower.startsWith(kind.toLowerCase(Locale.ROOT))) {
				return kind;
			}
		}
		return null;
	}

	/** The kind named immediately before position {@code end} of {@code text} ("... Nghị quyết số "), or null. */
	public static String kindBefore(String text, int end) {
		char last = end > 0 ? text.charAt(end - 1) : ' ';
		String before = last == '\u0085' || last == '\u2028' || last == '\u2029'
				// '$' also matches before these final line terminators: left to the pattern itself
				? NUMBER_WORD_AT_END.matcher(text.substring(0, end)).replaceAll("")
				: text.substring(0, withoutNumberWord(text, end));
		String folded = VietText.fold(before);
		String best = null;
		int bestLength = 0;
		for (int i = 0; i < KINDS.length; i++) {
			String kind = KINDS[i];
			String k = FOLDED_KINDS[i];
			if (folded.endsWith(k) && k.length() > bestLength) {
				best = kind;
				bestLength = k.length();
			}
		}
		if (best == null) {
			// kinds are also written with a qualifier: "Kế hoạch hành động số 32-KH/TU"
			for (int i = 0; i < KINDS.length; i++) {
				String kind = KINDS[i];
				String k = FOLDED_KINDS[i];
				int at = folded.lastIndexOf(k);
				if (at >= 0 && folded.length() - at - k.length() <= 12 && k.length() > bestLength) {
					best = kind;
					bestLength = k.length();
				}
			}
		}
		return best;
	}

	/** The kind a symbol's code stands for ("NQ" → Nghị quyết), or null. */
	public static String kindOfSymbol(String symbol) {
		String[] parts = symbol.split("[-/]");
		for (String part : parts) {
			switch (part) {
				case "NQ":
					return "Nghị quyết";
				case "CTr":
					return "Chương trình hành động";
				case "KH":
					return "Kế hoạch";
				case "QĐ":
					return "Quyết định";
				case "KL":
					return "Kết luận";
				case "CT":
					return "Chỉ thị";
				case "BC":
					return "Báo cáo";
				case "CV":
					return "Công văn";
				case "NĐ":
					return "Nghị định";
				case "TB":
					return "Thông báo";
				case "TTr":
					return "Tờ trình";
				case "HD":
					return "Hướng dẫn";
				case "QĐi":
					return "Quy định";
				default:
					break;
			}
		}
		return null;
	}
}
