package vn.plantrack.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import vn.plantrack.shared.text.VietText;

/**
 * Turns the TAB-separated lines of one table block into a {@link Table}: finds the header, drops header
 * rows repeated at page breaks, joins rows continued after a page break, notices rows that lost a column,
 * removes columns empty everywhere. One instance per table; not thread-safe.
 */
final class TableAssembler {

	private static final Set<String> HEADER_WORDS = Set.of("stt", "tt", "st", "so tt", "so thu tu");
	private static final List<String> HEADER_PREFIXES = List.of("chi tieu", "noi dung", "nhiem vu", "ten ",
			"co quan", "don vi", "thoi gian", "muc tieu", "ghi chu", "nguon", "ket qua", "thuc hien", "ke hoach");
	private static final int HEADER_SEARCH_ROWS = 4;

	private final int maxColumns;
	private final int maxCells;
	private final List<ParseIssue> issues;

	private final List<MutableRow> captionRows = new ArrayList<>();
	private final List<MutableRow> rows = new ArrayList<>();
	private MutableRow header;
	private MutableRow foldedHeaderOf;
	private List<String> foldedHeader;
	private boolean afterPageBreak;
	private int cells;
	private boolean truncated;
	private boolean cellCapReported;
	private int lostColumnRunStart = -1;
	private int lostColumnRunEnd = -1;
	private int lostColumnRunWidth;

	TableAssembler(int maxColumns, int maxCells, List<ParseIssue> issues) {
		this.maxColumns = maxColumns;
		this.maxCells = maxCells;
		this.issues = issues;
	}

	/** A row under construction: cells as written, the number of TAB fields, its line span. */
	private static final class MutableRow {
		final List<Cell> cells;
		final int width;
		final int firstLine;
		int lastLine;

		MutableRow(List<Cell> cells, int width, int line) {
			this.cells = cells;
			this.width = width;
			this.firstLine = line;
			this.lastLine = line;
		}

		String text(int i) {
			return i < cells.size() ? cells.get(i).text() : "";
		}

		int filled() {
			int n = 0;
			for (Cell c : cells) {
				if (!c.isBlank()) {
					n++;
				}
			}
			return n;
		}
	}

	/** Notes a blank or debris line inside the block: in converted documents these mark page breaks. */
	void pageBreak() {
		afterPageBreak = true;
	}

	/** A line without TABs inside the block: continuation text of the previous row's last filled cell. */
	void continuation(RawLine line) {
		MutableRow previous = rows.isEmpty() ? null : rows.get(rows.size() - 1);
		String text = Markup.strip(line.text());
		if (previous == null || text.isEmpty()) {
			return;
		}
		int column = lastFilled(previous);
		appendTo(previous, Math.max(column, 0), text, line.number());
	}

	void row(RawLine line) {
		if (truncated) {
			return;
		}
		String[] fields = line.text().split("\t", -1);
		int width = fields.length;
		if (width > maxColumns) {
			issues.add(new ParseIssue("table_too_wide", line.number(), shorten(line.text()),
					"Dòng có " + width + " cột, vượt giới hạn " + maxColumns + " cột; các cột sau bị bỏ qua."));
			width = maxColumns;
		}
		List<Cell> cellList = new ArrayList<>(width);
		// asked of the row once: most rows have no markup, and their cells need no test of their own
		boolean markup = Markup.hasMarkup(line.text());
		boolean bold = markup && Markup.mayHoldBold(line.text());
		for (int i = 0; i < width; i++) {
			String field = fields[i];
			cellList.add(new Cell(markup ? Markup.strip(field) : VietText.squeeze(field), bold && Markup.hasBold(field)));
		}
		cells += width;
		if (cells > maxCells) {
			truncated = true;
			issues.add(new ParseIssue("table_too_large", line.number(), shorten(line.text()),
					"Bảng vượt giới hạn " + maxCells + " ô; các dòng từ đây bị bỏ qua."));
			return;
		}
		accept(new MutableRow(cellList, fields.length, line.number()));
	}

	private void accept(MutableRow row) {
		if (row.filled() == 0) {
			return;
		}
		if (header == null && rows.isEmpty() && captionRows.size() < HEADER_SEARCH_ROWS) {
			if (looksLikeHeader(row)) {
				header = row;
				afterPageBreak = false;
				return;
			}
			if (row.filled() <= 1 && captionRows.size() < HEADER_SEARCH_ROWS - 1) {
				captionRows.add(row);
				return;
			}
		}
		if (header != null && isHeaderRepeat(row)) {
			// rule: header rows repeated at the top of every page are not data
			afterPageBreak = true;
			closeLostColumnRun();
			return;
		}
		MutableRow previous = rows.isEmpty() ? null : rows.get(rows.size() - 1);
		if (previous != null && isContinuation(row, previous)) {
			int column = firstFilled(row);
			appendTo(previous, column, row.text(column), row.lastLine);
			afterPageBreak = false;
			return;
		}
		noticeLostColumn(row);
		rows.add(row);
		afterPageBreak = false;
	}

	// rule: a row whose number cell is empty and that fills only one cell continues the row above when it
	// starts in lower case, or when it comes right after a page break and both texts are in capitals
	// (a group title split by the break)
	private boolean isContinuation(MutableRow row, MutableRow previous) {
		if (!row.text(0).isBlank() || row.filled() != 1) {
			return false;
		}
		int column = firstFilled(row);
		String text = row.text(column);
		char first = text.charAt(0);
		if (first == '-' || first == '+' || first == '•' || first == '*') {
			return false;
		}
		if (Character.isLowerCase(first)) {
			return true;
		}
		String above = previous.text(column);
		return afterPageBreak && isCapitals(text) && !above.isBlank() && isCapitals(above);
	}

	// rule: a table normally keeps its empty trailing cells; a row with exactly one TAB field fewer than
	// the header lost its last column (typically at a page break of the converted PDF/DOCX)
	private void noticeLostColumn(MutableRow row) {
		if (header != null && header.width >= 3 && row.width == header.width - 1) {
			if (lostColumnRunStart < 0) {
				lostColumnRunStart = row.firstLine;
				lostColumnRunWidth = row.width;
			}
			lostColumnRunEnd = row.lastLine;
		}
		else {
			closeLostColumnRun();
		}
	}

	private void closeLostColumnRun() {
		if (lostColumnRunStart < 0) {
			return;
		}
		String lost = header.text(header.cells.size() - 1);
		String span = lostColumnRunStart == lostColumnRunEnd ? "Dòng " + lostColumnRunStart
				: "Các dòng " + lostColumnRunStart + "-" + lostColumnRunEnd;
		issues.add(new ParseIssue("lost_column", lostColumnRunStart, lost,
				span + " chỉ có " + lostColumnRunWidth + " cột trong khi tiêu đề bảng có " + header.width
						+ " cột: có thể đã mất cột \"" + lost + "\" khi ngắt trang."));
		lostColumnRunStart = -1;
	}

	/** The finished table, or null when the block holds no real table (a stray TAB in prose). */
	Table finish(String caption, int captionLine) {
		closeLostColumnRun();
		if (header == null && rows.size() < 2) {
			return null;
		}
		List<MutableRow> all = new ArrayList<>(rows);
		if (header != null) {
			all.add(header);
		}
		boolean[] keep = new boolean[maxColumns];
		for (MutableRow r : all) {
			for (int i = 0; i < r.cells.size(); i++) {
				keep[i] |= !r.cells.get(i).isBlank();
			}
		}
		String innerCaption = VietText.squeeze(String.join(" ", captionRows.stream().map(r -> r.text(firstFilled(r))).toList()));
		String title = caption.isEmpty() ? innerCaption : caption;
		int titleLine = caption.isEmpty() ? (captionRows.isEmpty() ? 0 : captionRows.get(0).firstLine) : captionLine;
		List<TableRow> out = new ArrayList<>(rows.size());
		for (MutableRow r : rows) {
			out.add(compact(r, keep));
		}
		int first = !captionRows.isEmpty() ? captionRows.get(0).firstLine
				: header != null ? header.firstLine : rows.get(0).firstLine;
		int last = first;
		for (MutableRow r : all) {
			last = Math.max(last, r.lastLine);
		}
		return new Table(title, titleLine, header == null ? null : compact(header, keep), out, first, last);
	}

	private static TableRow compact(MutableRow row, boolean[] keep) {
		List<Cell> kept = new ArrayList<>();
		int limit = keep.length;
		for (int i = 0; i < limit; i++) {
			if (keep[i]) {
				kept.add(i < row.cells.size() ? row.cells.get(i) : Cell.EMPTY);
			}
		}
		return new TableRow(kept, row.firstLine, row.lastLine);
	}

	// rule: a header names its columns: a number column (STT, TT) or at least two known column titles
	private static boolean looksLikeHeader(MutableRow row) {
		int known = 0;
		for (Cell c : row.cells) {
			String f = VietText.fold(c.text());
			if (f.isEmpty()) {
				continue;
			}
			if (HEADER_WORDS.contains(f)) {
				return true;
			}
			for (String p : HEADER_PREFIXES) {
				if (f.startsWith(p)) {
					known++;
					break;
				}
			}
		}
		return known >= 2;
	}

	private static final Pattern STARTS_WITH_DIGIT = Pattern.compile("\\d.*");

	// rule: a repeated header matches at least half of the header's filled cells once accents are folded
	// ("đăng"/"đảng", "ST"/"TT" typos survive), and its number cell is not a number
	private boolean isHeaderRepeat(MutableRow row) {
		String number = row.text(0);
		if (!number.isEmpty() && number.charAt(0) >= '0' && number.charAt(0) <= '9' && STARTS_WITH_DIGIT.matcher(number).matches()) {
			return false;
		}
		if (foldedHeaderOf != header) {
			// the header's cells folded once, not once for every row of the table
			foldedHeader = new ArrayList<>(header.cells.size());
			for (int i = 0; i < header.cells.size(); i++) {
				foldedHeader.add(VietText.fold(header.text(i)));
			}
			foldedHeaderOf = header;
		}
		int filled = 0;
		int same = 0;
		for (int i = 0; i < header.cells.size(); i++) {
			String h = foldedHeader.get(i);
			if (h.isEmpty()) {
				continue;
			}
			filled++;
			if (h.equals(VietText.fold(row.text(i)))) {
				same++;
			}
		}
		return filled > 0 && same * 2 >= filled && same >= Math.min(2, filled);
	}

	private void appendTo(MutableRow row, int column, String text, int line) {
		while (row.cells.size() <= column) {
			row.cells.add(Cell.EMPTY);
		}
		Cell old = row.cells.get(column);
		row.lastLine = Math.max(row.lastLine, line);
		if (old.text().length() + text.length() >= PlanParser.MAX_CELL_CHARS) {
			if (!cellCapReported) {
				cellCapReported = true;
				issues.add(new ParseIssue("cell_too_long", line, shorten(text), "Ô bảng dài quá "
						+ PlanParser.MAX_CELL_CHARS + " ký tự sau khi nối các dòng tiếp; phần sau bị bỏ qua."));
			}
			return;
		}
		row.cells.set(column, new Cell(old.isBlank() ? text : old.text() + " " + text, old.bold()));
	}

	private static int firstFilled(MutableRow row) {
		for (int i = 0; i < row.cells.size(); i++) {
			if (!row.cells.get(i).isBlank()) {
				return i;
			}
		}
		return 0;
	}

	private static int lastFilled(MutableRow row) {
		for (int i = row.cells.size() - 1; i >= 0; i--) {
			if (!row.cells.get(i).isBlank()) {
				return i;
			}
		}
		return -1;
	}

	private static boolean isCapitals(String text) {
		int letters = 0;
		int upper = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isLetter(c)) {
				letters++;
				if (Character.isUpperCase(c)) {
					upper++;
				}
			}
		}
		return letters > 0 && upper * 10 >= letters * 8;
	}

	static String shorten(String text) {
		String s = VietText.squeeze(text.replace('\t', ' '));
		return s.length() <= 120 ? s : s.substring(0, 117) + "...";
	}
}
