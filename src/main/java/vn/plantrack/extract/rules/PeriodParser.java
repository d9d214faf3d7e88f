package vn.plantrack.extract.rules;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.plantrack.extract.PeriodValue;
import vn.plantrack.shared.text.VietText;

/**
 * Reads a period or deadline cell ("2026-2030", "Quý II/2026", "Hằng năm", "Đã ban hành"). The raw text is
 * always kept; what cannot be understood stays raw with null dates. Matching is done on the accent-folded,
 * lower-case text so "Hàng năm", "Hằng năm" and "hang nam" read alike.
 */
public final class PeriodParser {

	private static final String YEAR = "((?:19|20|21|22)\\d{2})";

	private static final String SEP = "\\s*[-–—]\\s*";

	// rule: "đã ban hành", "đã tham mưu ban hành", "đã hoàn thành" state a status, not a time
	private static final Pattern DONE = Pattern.compile("^da (?:.*\\s)?(?:ban hanh|hoan thanh|thuc hien xong)\\b.*");

	// rule: "(nhiệm vụ / thực hiện) thường xuyên" is continuous work, judged per cycle
	private static final Pattern CONTINUOUS = Pattern.compile(".*\\bthuong xuyen\\b.*");

	// rule: "hàng năm" / "hằng năm" recurs every year
	private static final Pattern YEARLY = Pattern.compile(".*\\b(?:hang|hàng|hằng) nam\\b.*");

	private static final Pattern MONTHLY = Pattern.compile(".*\\b(?:hang|hang) thang\\b.*");

	private static final Pattern QUARTERLY = Pattern.compile(".*\\b(?:hang|hang) quy\\b.*");

	// rule: "Quý II/2026", "quý 2 năm 2026" — the quarter's first and last day
	private static final Pattern QUARTER = Pattern.compile("\\bquy\\s+(i{1,3}|iv|[1-4])\\s*(?:/|nam|-)\\s*" + YEAR + "\\b");

	// rule: "6 tháng đầu năm 2026" / "6 tháng cuối năm 2026" — a half year
	private static final Pattern HALF = Pattern.compile("\\b6 thang (dau|cuoi) nam\\s+" + YEAR + "\\b");

	// rule: "30/6/2026", "ngày 30/6/2026", "30-6-2026" — a day
	private static final Pattern DAY = Pattern.compile("\\b(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*" + YEAR + "\\b");

	// rule: "Tháng 3/2026", "tháng 3 năm 2026" — a month
	private static final Pattern MONTH = Pattern.compile("\\bthang\\s+(\\d{1,2})\\s*(?:/|nam|-)\\s*" + YEAR + "\\b");

	// rule: "2026-2030", "Giai đoạn 2026 - 2030", "Năm 2026-2027", "2026, 2027", "2026 đến 2030" — a year range
	private static final Pattern YEAR_RANGE = Pattern.compile("(?<![\\d/])" + YEAR + "(?:" + SEP + "|\\s*,\\s*|\\s+(?:den|toi)\\s+(?:nam\\s+)?)" + YEAR + "(?![\\d/])");

	// rule: a four-digit year standing alone ("2026", "Năm 2026", "Hoàn thành năm 2027")
	private static final Pattern SINGLE_YEAR = Pattern.compile("(?<![\\d/.,])" + YEAR + "(?![\\d/.,]\\d|\\d)");

	// rule: a year followed by a dash and a truncated year ("2026-203") is broken text, not a period
	private static final Pattern TRUNCATED_RANGE = Pattern.compile("(?<!\\d)" + YEAR + SEP + "\\d{1,3}(?!\\d)");

	// rule: "Tháng 10 hàng năm" — a month within a yearly recurrence
	private static final Pattern MONTH_YEARLY = Pattern.compile("\\bthang\\s+(\\d{1,2})\\s+(?:hang|hàng|hằng) nam\\b");

	private PeriodParser() {
	}

	/** The period {@code raw} describes; never throws, unknown parts are null. */
	public static PeriodValue parse(String raw) {
		if (raw == null) {
			return PeriodValue.rawOnly(null);
		}
		try {
			return read(raw);
		}
		catch (DateTimeException | NumberFormatException ex) {
			return PeriodValue.rawOnly(raw);
		}
	}

	private static final Pattern MARKUP = Pattern.compile("</?[a-zA-Z][^>]*>|\\*+");

	private static PeriodValue read(String raw) {
		String text = VietText.squeeze(raw.indexOf('<') < 0 && raw.indexOf('*') < 0 ? raw : MARKUP.matcher(raw).replaceAll(" "));
		String folded = VietText.fold(text).toLowerCase(Locale.ROOT);
		if (folded.isEmpty()) {
			return PeriodValue.rawOnly(raw);
		}
		if (folded.startsWith("da ") && DONE.matcher(folded).matches()) {
			return new PeriodValue(raw, null, null, null, null, "done");
		}
		String recurrence = recurrenceOf(folded);
		boolean before = folded.startsWith("truoc ") || folded.contains(" truoc ");
		boolean from = folded.startsWith("tu ");
		if (TRUNCATED_RANGE.matcher(folded).find() && !YEAR_RANGE.matcher(folded).find()) {
			return new PeriodValue(raw, null, null, null, recurrence, null);
		}
		Span span = spanOf(folded);
		if (span == null) {
			return new PeriodValue(raw, null, null, null, recurrence, null);
		}
		if (before) {
			// "Trước 30/6/2026" is due on that day; "Trước năm 2025" is due by the end of the previous year
			LocalDate due = span.exactDay ? span.end : span.start.minusDays(1);
			return new PeriodValue(raw, null, due, due, recurrence, null);
		}
		if (from) {
			return new PeriodValue(raw, span.start, null, null, recurrence, null);
		}
		if ("yearly".equals(recurrence) && span.exactDay) {
			return new PeriodValue(raw, null, null, null, recurrence, null);
		}
		return new PeriodValue(raw, span.exactDay ? null : span.start, span.end, span.end, recurrence, null);
	}

	private static String recurrenceOf(String folded) {
		// each pattern needs its words: the contains() pre-checks spare four regex scans on most cells
		if (folded.contains("thuong xuyen") && CONTINUOUS.matcher(folded).matches()) {
			return "continuous";
		}
		if (folded.contains("ng nam") && YEARLY.matcher(folded).matches()) {
			return "yearly";
		}
		if (folded.contains("hang quy") && QUARTERLY.matcher(folded).matches()) {
			return "quarterly";
		}
		if (folded.contains("hang thang") && MONTHLY.matcher(folded).matches()) {
			return "monthly";
		}
		return null;
	}

	private record Span(LocalDate start, LocalDate end, boolean exactDay) {
	}

	private static Span spanOf(String folded) {
		Matcher m = QUARTER.matcher(folded);
		if (m.find()) {
			int quarter = quarterNumber(m.group(1));
			int year = Integer.parseInt(m.group(2));
			YearMonth first = YearMonth.of(year, quarter * 3 - 2);
			return new Span(first.atDay(1), first.plusMonths(2).atEndOfMonth(), false);
		}
		m = HALF.matcher(folded);
		if (m.find()) {
			int year = Integer.parseInt(m.group(2));
			boolean firstHalf = m.group(1).equals("dau");
			return firstHalf ? new Span(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30), false)
					: new Span(LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31), false);
		}
		m = DAY.matcher(folded);
		if (m.find()) {
			LocalDate day = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(1)));
			return new Span(day, day, true);
		}
		m = MONTH.matcher(folded);
		if (m.find()) {
			YearMonth month = YearMonth.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
			return new Span(month.atDay(1), month.atEndOfMonth(), false);
		}
		m = MONTH_YEARLY.matcher(folded);
		if (m.find()) {
			return null;
		}
		m = YEAR_RANGE.matcher(folded);
		if (m.find()) {
			int from = Integer.parseInt(m.group(1));
			int to = Integer.parseInt(m.group(2));
			if (to < from) {
				return null;
			}
			return new Span(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31), false);
		}
		m = SINGLE_YEAR.matcher(folded);
		if (m.find()) {
			int year = Integer.parseInt(m.group(1));
			return new Span(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), false);
		}
		return null;
	}

	private static int quarterNumber(String roman) {
		switch (roman) {
			case "i":
			case "1":
				return 1;
			case "ii":
			case "2":
				return 2;
			case "iii":
			case "3":
				return 3;
			default:
				return 4;
		}
	}
}
