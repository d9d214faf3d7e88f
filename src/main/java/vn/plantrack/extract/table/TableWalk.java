package vn.plantrack.extract.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import vn.plantrack.extract.Finding;
import vn.plantrack.extract.IndicatorItem;
import vn.plantrack.extract.PeriodValue;
import vn.plantrack.extract.ProjectItem;
import vn.plantrack.extract.TableInfo;
import vn.plantrack.extract.TargetValue;
import vn.plantrack.extract.TaskItem;
import vn.plantrack.extract.agency.AgencyNames;
import vn.plantrack.extract.rules.PeriodParser;
import vn.plantrack.extract.rules.TargetParser;
import vn.plantrack.parse.Table;
import vn.plantrack.parse.TableRow;
import vn.plantrack.shared.text.VietText;

/** One pass over one table: group rows, item rows, sub-rows, fill-down and structure findings. */
final class TableWalk {

	private static final Pattern NAMED_TASK = Pattern.compile("^nhiem vu \\d{1,3}\\s*[:.].*");
	private static final String NAMED_TASK_START = "nhiem vu ";
	// rule: a year range whose end year lost digits ("Năm 2026-203") was cut off at the cell border
	private static final Pattern TRUNCATED_YEAR = Pattern.compile("(?:19|20)\\d{2}\\s*[-–]\\s*\\d{3}(?!\\d)");

	private final Table table;
	private final ColumnMap columns;
	private final TableKind kind;
	private final GroupStack groups = new GroupStack();
	private final List<TableRowItem> items = new ArrayList<>();
	private final List<Finding> findings = new ArrayList<>();
	private int groupRows;

	private SubRowParent lastNumbered;
	private SubRowParent lastDash;
	private String lastLead = "";
	private String lastCoordinating = "";
	private String lastCode;

	private final Map<String, Integer> lastNumberInSeries = new HashMap<>();
	private final Set<String> codesInGroup = new HashSet<>();

	private final Map<String, List<String>> agencyNames = new HashMap<>();

	private final Map<String, PeriodValue> periods = new HashMap<>();

	/** A row that '-' or '+' sub-rows hang under, with the count of its children so far. */
	private static final class SubRowParent {
		final String code;
		final TableRowItem item;
		int children;

		SubRowParent(String code, TableRowItem item, int children) {
			this.code = code;
			this.item = item;
			this.children = children;
		}
	}

	TableWalk(Table table) {
		this.table = table;
		this.columns = ColumnMap.of(table);
		this.kind = TableKind.classify(table, columns);
	}

	void run() {
		for (TableRow row : table.rows()) {
			readRow(row);
		}
	}

	private void readRow(TableRow row) {
		String codeCell = columns.text(row, ColumnRole.CODE);
		String title = columns.text(row, ColumnRole.TITLE);
		boolean codeBold = row.cell(columns.column(ColumnRole.CODE)).bold();
		boolean titleBold = row.cell(columns.column(ColumnRole.TITLE)).bold();
		if (title.isBlank() && !codeCell.isBlank()) {
			String[] split = RowCode.splitNumeralAndTitle(codeCell);
			if (split != null) {
				codeCell = split[0];
				title = split[1];
				titleBold = codeBold;
			}
		}
		String code = RowCode.clean(codeCell);
		if (code.isEmpty() && title.isBlank()) {
			return;
		}
		if (isGroupRow(row, code, codeBold, title, titleBold)) {
			openGroup(row, code, title);
			return;
		}
		readItem(row, code, title);
	}

	// rule: group rows carry a roman numeral or a capital letter, or are set in bold with no agency,
	// period or target, or read "Nhiệm vụ N: ..." with no agency, or are a title in capitals standing alone
	private boolean isGroupRow(TableRow row, String code, boolean codeBold, String title, boolean titleBold) {
		if (RowCode.isLetter(code) || RowCode.isRoman(code)) {
			return true;
		}
		boolean hasDetails = !columns.text(row, ColumnRole.LEAD).isBlank()
				|| !columns.text(row, ColumnRole.PERIOD).isBlank()
				|| !columns.text(row, ColumnRole.COMPLETION).isBlank()
				|| !columns.text(row, ColumnRole.TARGET).isBlank() || !columns.text(row, ColumnRole.UNIT).isBlank();
		if (codeBold && !code.isEmpty() && !title.isBlank()) {
			return true;
		}
		if (titleBold && !hasDetails) {
			return true;
		}
		// folded only when it may match: most titles do not start with "nhiem vu "
		if (VietText.foldedStartsWith(title, NAMED_TASK_START) && NAMED_TASK.matcher(VietText.fold(title)).matches()
				&& columns.text(row, ColumnRole.LEAD).isBlank()) {
			return true;
		}
		return code.isEmpty() && !hasDetails && !startsWithBullet(title) && VietText.isMostlyCapitals(title)
				&& columns.resultColumns() == 0;
	}

	private void openGroup(TableRow row, String code, String title) {
		GroupStack.Scheme scheme = RowCode.isLetter(code) ? GroupStack.Scheme.LETTER
				: RowCode.isRoman(code) ? GroupStack.Scheme.ROMAN
						: code.isEmpty() ? GroupStack.Scheme.TITLE : GroupStack.Scheme.NUMBER;
		groups.push(new GroupStack.Group(scheme, code, title, row.firstLine()));
		groupRows++;
		lastNumbered = null;
		lastDash = null;
		lastLead = "";
		lastCoordinating = "";
		lastCode = null;
		codesInGroup.clear();
	}

	private void readItem(TableRow row, String writtenCode, String rawTitle) {
		String title = stripBullet(rawTitle);
		char bullet = bulletOf(rawTitle);
		String code = writtenCode.isEmpty() ? null : writtenCode;
		String parentCode = null;
		SubRowParent parent = null;
		if (code == null && bullet == '-' && lastNumbered != null) {
			parent = lastNumbered;
		}
		else if (code == null && bullet == '+') {
			parent = lastDash != null ? lastDash : lastNumbered;
		}
		if (parent != null) {
			parent.children++;
			parentCode = parent.code;
			code = parent.code + "." + parent.children;
		}
		String lead = columns.text(row, ColumnRole.LEAD);
		String coordinating = columns.text(row, ColumnRole.COORDINATING);
		// rule: a cell left blank under a merged cell repeats the value above it (within the same group)
		if (lead.isBlank()) {
			lead = lastLead;
			if (coordinating.isBlank()) {
				coordinating = lastCoordinating;
			}
		}
		GroupStack.Group group = groups.innermost();
		TableRowItem item = new TableRowItem(row, code, parentCode, title, group, groups.outermostBelowLetters(),
				groups.outermost(GroupStack.Scheme.LETTER), lead, coordinating);
		items.add(item);
		if (parent != null) {
			parent.item.children++;
		}
		lastLead = lead;
		lastCoordinating = coordinating;
		if (!writtenCode.isEmpty()) {
			// a numbered row that itself starts with '-' is the first item of its own dash list
			lastNumbered = new SubRowParent(writtenCode, item, bullet == '-' ? 1 : 0);
			lastDash = bullet == '-' ? lastNumbered : null;
			checkNumbering(item, writtenCode);
		}
		else if (bullet == '-' && parent != null) {
			lastDash = new SubRowParent(code, item, 0);
		}
		else if (bullet == 0 && kind != TableKind.RESULTS && kind != TableKind.OTHER) {
			findings.add(new Finding("missing_code", "warning", row.firstLine(), shorten(title),
					"Dòng trong bảng \"" + shortCaption() + "\" không có số thứ tự"
							+ (lastCode == null ? "" : " (sau mục " + lastCode + ")") + "."));
		}
		checkCells(row, lead);
	}

	// rule: within one group, item numbers run 1, 2, 3 (or G.1, G.2 under group G); a jump, a repeat or
	// a number of another group is worth a person's look
	private void checkNumbering(TableRowItem item, String code) {
		int line = item.line();
		boolean duplicate = !codesInGroup.add(code);
		if (duplicate) {
			findings.add(new Finding("duplicate_code", "warning", line, code,
					"Mã " + code + " lặp lại trong cùng nhóm của bảng \"" + shortCaption() + "\"."));
		}
		if (!RowCode.isDecimal(code)) {
			lastCode = code;
			return;
		}
		GroupStack.Group group = item.group;
		int dot = code.lastIndexOf('.');
		String prefix = dot < 0 ? "" : code.substring(0, dot);
		if (group != null && group.scheme() == GroupStack.Scheme.NUMBER && RowCode.isDecimal(group.code())
				&& !prefix.equals(group.code())) {
			findings.add(new Finding("numbering_mismatch", "warning", line, code,
					"Mã " + code + " không khớp với nhóm " + group.code() + " chứa nó (mong đợi dạng " + group.code()
							+ ".N)."));
			lastCode = code;
			return;
		}
		int number = Integer.parseInt(code.substring(dot + 1));
		Integer previous = lastNumberInSeries.put((group == null ? "" : group.line()) + "|" + prefix, number);
		if (previous != null && number > previous + 1) {
			String from = prefix.isEmpty() ? String.valueOf(previous) : prefix + "." + previous;
			findings.add(new Finding("numbering_gap", "warning", line, code,
					"Số thứ tự nhảy từ " + from + " sang " + code + " (thiếu " + (number - previous - 1) + " mục)."));
		}
		else if (previous != null && number <= previous && !duplicate) {
			findings.add(new Finding("numbering_order", "warning", line, code,
					"Số thứ tự " + code + " không tăng so với mục trước."));
		}
		lastCode = code;
	}

	private void checkCells(TableRow row, String lead) {
		for (ColumnRole role : List.of(ColumnRole.PERIOD, ColumnRole.COMPLETION, ColumnRole.TARGET)) {
			String text = columns.text(row, role);
			// the pattern needs its dash: most cells have none and get no matcher
			if (!text.isBlank() && (text.indexOf('-') >= 0 || text.indexOf('–') >= 0) && TRUNCATED_YEAR.matcher(text).find()) {
				findings.add(new Finding("truncated_cell", "warning", row.firstLine(), text,
						"Ô \"" + text + "\" có năm không đủ 4 chữ số: nội dung ô có thể bị cắt cụt."));
			}
		}
		String period = columns.text(row, ColumnRole.PERIOD);
		if (!period.isBlank() && VietText.fold(period).equals(VietText.fold(lead))) {
			findings.add(new Finding("shifted_cell", "warning", row.firstLine(), period,
					"Ô thời gian ghi tên đơn vị \"" + period + "\": dữ liệu có thể bị lệch cột."));
		}
	}

	TableInfo info() {
		String title = table.caption().isBlank() ? null : table.caption();
		return new TableInfo(title, kind.label, groupRows, items.size(), table.firstLine(), table.lastLine());
	}

	List<TaskItem> tasks() {
		if (kind != TableKind.TASKS && kind != TableKind.RESOLUTIONS) {
			return List.of();
		}
		List<TaskItem> out = new ArrayList<>();
		for (TableRowItem item : items) {
			String resources = columns.text(item.row, ColumnRole.RESOURCES);
			out.add(new TaskItem(item.code, item.groupLabel(), item.title, agencies(item.lead),
					agencies(item.coordinating), period(item.row), resources.isBlank() ? null : resources, item.line()));
		}
		return out;
	}

	// rule: a row without a target of its own whose sub-rows carry the targets is a heading of those
	// sub-rows, not an indicator; without a target column the indicator text states its own target
	List<IndicatorItem> indicators() {
		if (kind != TableKind.INDICATORS) {
			return List.of();
		}
		List<IndicatorItem> out = new ArrayList<>();
		for (TableRowItem item : items) {
			String targetText = columns.has(ColumnRole.TARGET) ? columns.text(item.row, ColumnRole.TARGET) : item.title;
			if (targetText.isBlank() && item.children > 0) {
				continue;
			}
			TargetValue target = targetText.isBlank() ? null : TargetParser.parse(targetText);
			String unit = columns.text(item.row, ColumnRole.UNIT);
			if (unit.isBlank()) {
				unit = target == null ? null : target.unit();
			}
			out.add(new IndicatorItem(item.code, item.groupLabel(), item.title, unit, agencies(item.lead),
					agencies(item.coordinating), target, item.line()));
		}
		return out;
	}

	List<ProjectItem> projects() {
		if (kind != TableKind.PROJECTS) {
			return List.of();
		}
		List<ProjectItem> out = new ArrayList<>();
		for (TableRowItem item : items) {
			String sector = item.sector == null ? null : item.sector.title();
			out.add(new ProjectItem(item.code, item.groupLabel(), item.title, fundingGroup(item.funding), sector,
					agencies(item.lead), agencies(item.coordinating), period(item.row), item.line()));
		}
		return out;
	}

	List<Finding> findings() {
		return findings;
	}

	// rule: "NGÂN SÁCH NHÀ NƯỚC" groups are state-budget (NSNN) projects, "VỐN NGOÀI NGÂN SÁCH" (or any other
	// source) are funded otherwise
	private static String fundingGroup(GroupStack.Group funding) {
		if (funding == null) {
			return null;
		}
		String f = VietText.fold(funding.title());
		if (f.contains("ngoai ngan sach") || f.contains("ngoai nsnn")) {
			return "other";
		}
		if (f.contains("ngan sach") || f.contains("nsnn")) {
			return "NSNN";
		}
		return "other";
	}

	// rule: a table with both "Thời gian hoàn thành" and "Thời gian thực hiện" gives the deadline in the
	// first and the working period in the second; both raw texts are kept, joined by "; "
	private PeriodValue period(TableRow row) {
		String execution = columns.text(row, ColumnRole.PERIOD).strip();
		String completion = columns.text(row, ColumnRole.COMPLETION).strip();
		if (execution.isEmpty() && completion.isEmpty()) {
			return null;
		}
		if (completion.isEmpty() || completion.equals(execution)) {
			return parsePeriod(execution.isEmpty() ? completion : execution);
		}
		if (execution.isEmpty()) {
			return parsePeriod(completion);
		}
		PeriodValue done = parsePeriod(completion);
		PeriodValue work = parsePeriod(execution);
		return new PeriodValue(completion + "; " + execution, work.start(), work.end(),
				done.due() != null ? done.due() : work.due(), work.recurrence(),
				done.status() != null ? done.status() : work.status());
	}

	// merged cells and recurring bodies make the same agency cell recur row after row: split once per table
	// (each item still gets its own list)
	private List<String> agencies(String cell) {
		if (cell == null || cell.isBlank()) {
			return List.of();
		}
		return new ArrayList<>(agencyNames.computeIfAbsent(cell, AgencyNames::split));
	}

	// the same period cell ("2026-2030", "Hằng năm") recurs row after row: parsed once per table
	private PeriodValue parsePeriod(String text) {
		return periods.computeIfAbsent(text, PeriodParser::parse);
	}

	private String shortCaption() {
		String c = table.caption();
		return c.length() <= 40 ? c : c.substring(0, 37) + "...";
	}

	private static char bulletOf(String title) {
		String s = title.strip();
		if (s.isEmpty()) {
			return 0;
		}
		char c = s.charAt(0);
		if (c == '-' || c == '–' || c == '•') {
			return '-';
		}
		return c == '+' ? '+' : 0;
	}

	private static boolean startsWithBullet(String title) {
		return bulletOf(title) != 0;
	}

	private static String stripBullet(String title) {
		String s = title.strip();
		return bulletOf(s) != 0 ? s.substring(1).strip() : s;
	}


	private static String shorten(String text) {
		return text.length() <= 120 ? text : text.substring(0, 117) + "...";
	}
}
