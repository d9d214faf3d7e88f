package vn.plantrack.reporting;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a report covers, with the data cut-off days of Nghị định 09/2019/NĐ-CP: monthly 15th of the
 * previous month to the 14th, six-monthly 15/12 of the previous year to 14/6, yearly 15/12 to 14/12; the
 * mid-term review runs from the start of the term to 14/6 of its middle year.
 *
 * @param code as the user wrote it: {@code 2026-H1}, {@code 2026}, {@code 2026-06}, {@code midterm}
 * @param label the Vietnamese name used in the report title ("6 tháng đầu năm 2026")
 */
public record ReportCycle(Kind kind, String code, String label, LocalDate start, LocalDate end) {

	public enum Kind {
		MONTH, HALF, YEAR, MIDTERM
	}

	private static final Pattern YEAR = Pattern.compile("(\\d{4})");

	private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])", Pattern.CASE_INSENSITIVE);

	private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

	private static final Pattern TERM = Pattern.compile("(\\d{4})\\s*-\\s*(\\d{4})");

	/**
	 * @param term the plan's term as stored ("2025-2030"), used by {@code midterm}; may be null
	 * @throws IllegalArgumentException with a one-line message when the code is none of the forms
	 */
	public static ReportCycle parse(String code, String term) {
		String text = code == null ? "" : code.strip();
		Matcher m;
		if ((m = HALF.matcher(text)).matches()) {
			int year = year(m.group(1));
			boolean first = "1".equals(m.group(2));
			return first
					? new ReportCycle(Kind.HALF, text, "6 tháng đầu năm " + year, LocalDate.of(year - 1, 12, 15),
							LocalDate.of(year, 6, 14))
					: new ReportCycle(Kind.HALF, text, "6 tháng cuối năm " + year, LocalDate.of(year, 6, 15),
							LocalDate.of(year, 12, 14));
		}
		if ((m = MONTH.matcher(text)).matches()) {
			int year = year(m.group(1));
			int month = Integer.parseInt(m.group(2));
			if (month < 1 || month > 12) {
				throw new IllegalArgumentException("kỳ báo cáo '" + text + "': tháng phải từ 01 đến 12");
			}
			LocalDate end = LocalDate.of(year, month, 14);
			return new ReportCycle(Kind.MONTH, text, "tháng " + month + " năm " + year, end.minusMonths(1).plusDays(1),
					end);
		}
		if ((m = YEAR.matcher(text)).matches()) {
			int year = year(m.group(1));
			return new ReportCycle(Kind.YEAR, text, "năm " + year, LocalDate.of(year - 1, 12, 15),
					LocalDate.of(year, 12, 14));
		}
		if (text.equalsIgnoreCase("midterm") || text.equalsIgnoreCase("giua-nhiem-ky")) {
			Matcher t = TERM.matcher(term == null ? "" : term);
			if (!t.find()) {
				throw new IllegalArgumentException("kỳ báo cáo 'midterm': kế hoạch không ghi nhiệm kỳ");
			}
			int first = Integer.parseInt(t.group(1));
			int last = Integer.parseInt(t.group(2));
			// a congress term "2025-2030" plans the five years 2026-2030
			int firstYear = last - first == 5 ? first + 1 : first;
			int middle = firstYear + (last - firstYear) / 2;
			return new ReportCycle(Kind.MIDTERM, "midterm", "giữa nhiệm kỳ " + first + "-" + last,
					LocalDate.of(firstYear, 1, 1), LocalDate.of(middle, 6, 14));
		}
		throw new IllegalArgumentException("kỳ báo cáo '" + text
				+ "' không hợp lệ: dùng 2026-H1, 2026-H2, 2026, 2026-06 hoặc midterm");
	}

	private static int year(String digits) {
		int year = Integer.parseInt(digits);
		if (year < 1990 || year > 2100) {
			throw new IllegalArgumentException("kỳ báo cáo: năm " + year + " nằm ngoài 1990-2100");
		}
		return year;
	}

	/** The last year whose data the report may use. */
	public int lastYear() {
		return end.getYear();
	}
}
