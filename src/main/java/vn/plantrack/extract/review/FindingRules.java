package vn.plantrack.extract.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.plantrack.extract.CitationItem;
import vn.plantrack.extract.Extraction;
import vn.plantrack.extract.Finding;
import vn.plantrack.extract.IndicatorItem;
import vn.plantrack.extract.PeriodValue;
import vn.plantrack.extract.TaskItem;
import vn.plantrack.extract.agency.AgencyDirectory;
import vn.plantrack.extract.rules.PeriodParser;
import vn.plantrack.extract.rules.VietnameseNumbers;
import vn.plantrack.extract.text.LineTraits;
import vn.plantrack.extract.text.Needle;

/**
 * Post-pass over a draft extraction: data problems worth a person's attention. Findings are sorted by line
 * and never repeat the same kind on the same line.
 */
public final class FindingRules {

	private static final int EARLIEST_YEAR = 1900;

	private static final int LATEST_YEAR = LineTraits.LATEST_YEAR;

	// rule: a year in a date or period context: "25/3/2206", "năm 2206", "2026-2206"
	private static final Pattern YEAR_IN_CONTEXT = Pattern.compile(
			"\\b\\d{1,2}/\\d{1,2}/(\\d{4})\\b|(?:năm|Năm|giai đoạn|Giai đoạn|nhiệm kỳ|Quý [IV]+/|[Tt]háng \\d{1,2}/)\\s*(\\d{4})\\b|\\b(\\d{4})\\s*[-–]\\s*(\\d{4})\\b");

	// rule: a period cell whose last year lost digits: "Năm 2026-203"
	private static final Pattern TRUNCATED_PERIOD = Pattern.compile("(?<![\\d/])((?:19|20)\\d{2})\\s*[-–]\\s*(\\d{1,3})(?![\\d/%,.])");

	// rule: a cell that looks like a period ("Năm 2026 - 2031", "2026-2030", "Giai đoạn 2026-2030")
	private static final Pattern PERIOD_CELL = Pattern.compile("^(?:Năm|Giai đoạn|Hoàn thành năm|Từ năm)?\\s*(?:\\d{4})(?:\\s*[-–]\\s*\\d{2,4})?(?:\\s.*)?$");

	// rule: the document's own appendix caption "kèm theo <kind> số X"
	private static final Pattern OWN_CAPTION = Pattern.compile("kèm theo\\s+[\\p{L} ]{2,40}?\\s+số\\s*(\\S+)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern WHOLE_NUMBER_CELL = Pattern.compile("^[-+]?\\d[\\d.,]*$");

	private static final Needle ANNEXED = new Needle("kèm theo");

	private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>");

	private FindingRules() {
	}

	public static List<Finding> review(Extraction draft, List<String> lines) {
		return review(draft, lines, LineTraits.unknown());
	}

	/** {@link #review} given what one pass found in every line ({@code traits}), so lines can be passed over. */
	public static List<Finding> review(Extraction draft, List<String> lines, LineTraits traits) {
		Findings findings = new Findings();
		impossibleYears(lines, traits, findings);
		periodCells(draft, lines, traits, findings);
		taskPeriods(draft, findings);
		selfCitation(draft, lines, traits.mayHold(ANNEXED), findings);
		symbolConflicts(draft.citations(), findings);
		duplicateCodes(draft, findings);
		implausibleValues(draft, findings);
		ambiguousNumbers(lines, traits, findings);
		unresolvedAgencies(draft, findings);
		return findings.sorted();
	}

	// rule: a date or a "năm yyyy" after 2100 cannot be right in a plan ("ngày 25/3/2206"); ranges are left
	// alone because visions legitimately reach far ("100 năm tiếp theo (2030 - 2130)")
	private static void impossibleYears(List<String> lines, LineTraits traits, Findings findings) {
		for (int i = 0; i < lines.size(); i++) {
			// the year regex only on lines holding such a number: very few
			if (!traits.mayHoldLateYear(i) || !LineTraits.holdsLateYear(lines.get(i))) {
				continue;
			}
			Matcher m = YEAR_IN_CONTEXT.matcher(lines.get(i));
			while (m.find()) {
				String year = m.group(1) != null ? m.group(1) : m.group(2);
				if (year != null && Integer.parseInt(year) > LATEST_YEAR) {
					findings.add("impossible_year", "error", i + 1, m.group().strip(),
							"Năm " + year + " trong \"" + m.group().strip() + "\" không thể đúng (có lẽ gõ nhầm)");
				}
			}
		}
	}

	// table cells: period cells outside the term and truncated period cells
	private static void periodCells(Extraction draft, List<String> lines, LineTraits traits, Findings findings) {
		int[] term = term(draft);
		// period cells ("2026-2030") recur row after row: each text parsed once per document
		Map<String, PeriodValue> periods = new HashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (!traits.mayHoldTab(i) || line.indexOf('\t') < 0) {
				continue;
			}
			// the first '<' at or after the cell being read (-1: none left), so a row is searched for tags once
			int tag = line.indexOf('<');
			for (int from = 0, end; from <= line.length(); from = end + 1) {
				end = cellEnd(line, from);
				if (tag >= 0 && tag < from) {
					tag = line.indexOf('<', from);
				}
				// cells are cut out only when they may be period cells (see mayBePeriodCell) or carry a tag
				if (!mayStartCell(line, from, end, "0123456789NGHT", tag >= 0 && tag < end)) {
					continue;
				}
				String cell = line.substring(from, end);
				String text = (cell.indexOf('<') < 0 ? cell : TAG.matcher(cell).replaceAll("")).strip();
				// both findings need a period cell: that cheap test first, then the pattern, then the truncation
				if (text.isEmpty() || text.length() > 60 || !mayBePeriodCell(text) || !PERIOD_CELL.matcher(text).matches()) {
					continue;
				}
				Matcher truncated = TRUNCATED_PERIOD.matcher(text);
				// inside a recognised table the table walk reports the same cell as truncated_cell
				if (truncated.find() && !insideTable(draft, i + 1)) {
					findings.add("truncated_text", "warning", i + 1, text, "Thời gian \"" + text
							+ "\" bị cắt cụt: năm kết thúc \"" + truncated.group(2) + "\" không đủ 4 chữ số");
					continue;
				}
				if (term != null) {
					outsideTerm(periods.computeIfAbsent(text, PeriodParser::parse), term, i + 1, findings);
				}
			}
		}
	}

	// PERIOD_CELL starts with a digit unless it starts with one of its four words (cells are stripped)
	private static boolean mayBePeriodCell(String text) {
		char c = text.charAt(0);
		return (c >= '0' && c <= '9') || text.startsWith("Năm") || text.startsWith("Giai đoạn")
				|| text.startsWith("Hoàn thành năm") || text.startsWith("Từ năm");
	}

	private static void taskPeriods(Extraction draft, Findings findings) {
		int[] term = term(draft);
		for (TaskItem task : draft.tasks()) {
			PeriodValue period = task.period();
			if (period == null || period.raw() == null || period.raw().isBlank()) {
				continue;
			}
			if (term != null) {
				outsideTerm(period, term, task.line(), findings);
			}
			if (period.start() == null && period.end() == null && period.due() == null && period.recurrence() == null
					&& period.status() == null && !TRUNCATED_PERIOD.matcher(period.raw()).find()) {
				findings.add("unparsed_period", "info", task.line(), period.raw(),
						"Không đọc được thời gian \"" + period.raw() + "\" của nhiệm vụ " + task.code() + "; giữ nguyên văn bản");
			}
		}
	}

	private static void outsideTerm(PeriodValue period, int[] term, int line, Findings findings) {
		if (period.start() == null && period.end() == null) {
			return;
		}
		int from = period.start() != null ? period.start().getYear() : period.end().getYear();
		int to = period.end() != null ? period.end().getYear() : from;
		if (to < EARLIEST_YEAR || to > LATEST_YEAR) {
			return; // reported as impossible_year
		}
		if (to > term[1] || from < term[0]) {
			findings.add("period_outside_term", "warning", line, period.raw(), "Thời gian \"" + period.raw()
					+ "\" (" + from + "-" + to + ") nằm ngoài nhiệm kỳ " + term[0] + "-" + term[1] + " của văn bản");
		}
	}

	private static int[] term(Extraction draft) {
		String term = draft.document() == null ? null : draft.document().term();
		if (term == null || !term.matches("\\d{4}-\\d{4}")) {
			return null;
		}
		return new int[] { Integer.parseInt(term.substring(0, 4)), Integer.parseInt(term.substring(5)) };
	}

	// rule: the document calls itself by another number ("kèm theo Quyết định số 133/QĐ-UBND" in 139/QĐ-UBND)
	private static void selfCitation(Extraction draft, List<String> lines, IntPredicate annexed, Findings findings) {
		String own = draft.document() == null ? null : draft.document().symbol();
		Map<String, Integer> captionSymbols = new LinkedHashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			if (!annexed.test(i) || !ANNEXED.in(lines.get(i))) {
				continue;
			}
			Matcher m = OWN_CAPTION.matcher(lines.get(i));
			while (m.find()) {
				String symbol = m.group(1).replaceAll("[,;.)]+$", "");
				if (symbol.matches("\\d.*[/-].*")) {
					captionSymbols.putIfAbsent(symbol, i + 1);
				}
			}
		}
		for (Map.Entry<String, Integer> caption : captionSymbols.entrySet()) {
			if (own != null && !own.equals(caption.getKey())) {
				findings.add("self_citation_mismatch", "error", caption.getValue(), caption.getKey(),
						"Văn bản tự dẫn chiếu số " + caption.getKey() + " nhưng số của văn bản là " + own);
			}
		}
		if (own == null && captionSymbols.size() > 1) {
			List<String> symbols = List.copyOf(captionSymbols.keySet());
			for (int k = 1; k < symbols.size(); k++) {
				findings.add("self_citation_mismatch", "error", captionSymbols.get(symbols.get(k)), symbols.get(k),
						"Văn bản tự dẫn chiếu bằng hai số khác nhau: " + symbols.get(0) + " và " + symbols.get(k));
			}
		}
	}

	// rule: one symbol names one document: the same symbol with two dates or two kinds is a mistake somewhere
	private static void symbolConflicts(List<CitationItem> citations, Findings findings) {
		Map<String, CitationItem> first = new HashMap<>();
		for (CitationItem citation : citations) {
			CitationItem earlier = first.putIfAbsent(citation.symbol(), citation);
			if (earlier == null) {
				continue;
			}
			boolean datesDiffer = earlier.issued() != null && citation.issued() != null
					&& !earlier.issued().equals(citation.issued());
			boolean kindsDiffer = earlier.kind() != null && citation.kind() != null && !earlier.kind().equals(citation.kind());
			if (datesDiffer || kindsDiffer) {
				findings.add("symbol_conflict", "warning", citation.line(), citation.symbol(), "Số hiệu " + citation.symbol()
						+ " được dẫn cho hai văn bản khác nhau: " + describe(earlier) + " (dòng " + earlier.line() + ") và "
						+ describe(citation));
			}
		}
	}

	private static String describe(CitationItem citation) {
		LocalDate issued = citation.issued();
		return Objects.toString(citation.kind(), "văn bản") + (issued == null ? "" : " ngày " + issued.getDayOfMonth() + "/"
				+ issued.getMonthValue() + "/" + issued.getYear());
	}

	// rule: codes restart in every group of a table (I.1, II.1), and the table walk already checks them
	// within their group; here only items outside tables (prose) are compared with each other
	private static void duplicateCodes(Extraction draft, Findings findings) {
		Set<String> seen = new HashSet<>();
		for (TaskItem task : draft.tasks()) {
			if (task.code() != null && !insideTable(draft, task.line())
					&& !seen.add("task " + task.group() + " " + task.code())) {
				findings.add("duplicate_code", "warning", task.line(), task.code(), "Mã nhiệm vụ " + task.code()
						+ (task.group() == null ? "" : " trong nhóm " + task.group()) + " bị trùng");
			}
		}
		seen.clear();
		for (IndicatorItem indicator : draft.indicators()) {
			if (indicator.code() != null && !insideTable(draft, indicator.line())
					&& !seen.add("indicator " + indicator.group() + " " + indicator.code())) {
				findings.add("duplicate_code", "warning", indicator.line(), indicator.code(), "Mã chỉ tiêu "
						+ indicator.code() + (indicator.group() == null ? "" : " trong nhóm " + indicator.group()) + " bị trùng");
			}
		}
	}

	private static boolean insideTable(Extraction draft, int line) {
		return draft.tables().stream().anyMatch(table -> line >= table.firstLine() && line <= table.lastLine());
	}

	// rule: a percentage above 100 (a growth of 111%, a rate of 120%) is implausible for a target
	private static void implausibleValues(Extraction draft, Findings findings) {
		for (IndicatorItem indicator : draft.indicators()) {
			if (indicator.target() == null) {
				continue;
			}
			BigDecimal value = indicator.target().value() != null ? indicator.target().value() : indicator.target().high();
			String unit = indicator.target().unit();
			if (value != null && unit != null && unit.startsWith("%") && value.compareTo(BigDecimal.valueOf(100)) > 0) {
				findings.add("implausible_value", "warning", indicator.line(), indicator.target().raw(),
						"Chỉ tiêu \"" + indicator.name() + "\" có mục tiêu " + indicator.target().raw() + " (" + value.toPlainString()
								+ "%) vượt 100%, khó có thể đúng");
			}
		}
	}

	// rule: "3,373" may be 3.373 (thousands) or 3,373 (decimal); one finding per row lists every such cell,
	// so a table written with thousands commas gives one warning a row, not one per cell
	private static void ambiguousNumbers(List<String> lines, LineTraits traits, Findings findings) {
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (!traits.mayHoldTab(i) || line.indexOf('\t') < 0) {
				continue;
			}
			List<String> ambiguous = new ArrayList<>();
			String example = null;
			// the first cell is the row number ("1.1"), never a quantity; a cell is cut out only when it may be a
			// number (see mayBeNumber)
			for (int from = nextCell(line, 0), end; from <= line.length(); from = end + 1) {
				end = cellEnd(line, from);
				if (!mayStartCell(line, from, end, "0123456789+-", false)) {
					continue;
				}
				String text = line.substring(from, end).strip();
				if (text.isEmpty() || !mayBeNumber(text.charAt(0)) || !WHOLE_NUMBER_CELL.matcher(text).matches()) {
					continue;
				}
				if (text.indexOf(',') < 0) {
					continue; // only the comma readings ("3,373") have an alternative value
				}
				var ambiguity = VietnameseNumbers.ambiguity(text).filter(a -> a.alternative() != null);
				if (ambiguity.isPresent()) {
					ambiguous.add(text);
					example = example == null ? ambiguity.get().message() : example;
				}
			}
			if (ambiguous.size() == 1) {
				findings.add("ambiguous_number", "warning", i + 1, ambiguous.get(0), example);
			}
			else if (ambiguous.size() > 1) {
				findings.add("ambiguous_number", "warning", i + 1, String.join("; ", ambiguous), "Các số "
						+ String.join(", ", ambiguous) + " có thể dùng dấu phẩy thập phân hoặc dấu phẩy phân cách hàng nghìn; "
						+ "cần xác nhận cách đọc. Ví dụ: " + example);
			}
		}
	}

	/** Start of the cell after the one starting at {@code from} (past the end after the last cell). */
	private static int nextCell(String line, int from) {
		int tab = line.indexOf('\t', from);
		return tab < 0 ? line.length() + 1 : tab + 1;
	}

	private static int cellEnd(String line, int from) {
		int tab = line.indexOf('\t', from);
		return tab < 0 ? line.length() : tab;
	}

	// whether the cell (from, end) has a character other than whitespace (what strip() removes) and the first one is
	// among {@code firsts}; a cell with a tag ({@code tagged}) is always taken, the tag is removed before the test
	private static boolean mayStartCell(String line, int from, int end, String firsts, boolean tagged) {
		int i = from;
		while (i < end && Character.isWhitespace(line.charAt(i))) {
			i++;
		}
		if (i == end) {
			return false;
		}
		return tagged || firsts.indexOf(line.charAt(i)) >= 0;
	}

	private static boolean mayBeNumber(char first) {
		return (first >= '0' && first <= '9') || first == '-' || first == '+';
	}

	private static void unresolvedAgencies(Extraction draft, Findings findings) {
		String locality = draft.document() == null ? null : draft.document().locality();
		AgencyDirectory directory = AgencyDirectory.of(locality);
		Set<String> reported = new HashSet<>();
		// the same names recur in task after task: each is looked up once per document
		Set<String> known = new HashSet<>();
		for (TaskItem task : draft.tasks()) {
			List<String> names = new ArrayList<>(task.lead());
			names.addAll(task.coordinating());
			for (String name : names) {
				if (known.contains(name) || reported.contains(name)) {
					continue;
				}
				if (AgencyDirectory.isCollective(name) || directory.resolve(name).isPresent()) {
					known.add(name);
					continue;
				}
				if (!reported.add(name)) {
					continue;
				}
				findings.add("unresolved_agency", "info", task.line(), name, "Không tìm thấy cơ quan \"" + name
						+ "\" trong danh mục cơ quan" + (locality == null ? "" : " của tỉnh " + locality));
			}
		}
	}

	/** Findings collected once per kind and line. */
	private static final class Findings {

		private final Map<String, Finding> byKey = new LinkedHashMap<>();

		void add(String kind, String severity, int line, String text, String message) {
			byKey.putIfAbsent(kind + "@" + line + "@" + text, new Finding(kind, severity, line, text, message));
		}

		List<Finding> sorted() {
			List<Finding> all = new ArrayList<>(byKey.values());
			all.sort((a, b) -> Integer.compare(a.line(), b.line()));
			return all;
		}
	}
}
