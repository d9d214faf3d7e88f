package vn.plantrack.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Entry point of the parse core: normalised text to a {@link PlanDocument} tree whose nodes keep their
 * source lines. Immutable and thread-safe; every call works on fresh state.
 *
 * <p>Limits protect against hostile or broken input (a scanned PDF can yield one huge table or thousands
 * of nested numbers): deeper headings are placed as siblings, extra columns and cells are dropped with a
 * {@link ParseIssue}, and text longer than {@link #MAX_CHARS} is refused with {@link PlanParseException}.
 */
public final class PlanParser {

	/** Deepest heading nesting kept; real plans use at most five levels (I, 1, 1.1, a, -). */
	public static final int MAX_DEPTH = 12;
	/** Widest table row kept; the widest seed table (a comparison of 14 provinces) has 37 fields. */
	public static final int MAX_COLUMNS = 64;
	/** Cells kept per table; the largest seed table has under 1,000. */
	public static final int MAX_TABLE_CELLS = 200_000;
	/** Characters a table cell may grow to by joining continuation lines; real cells stay under 3,000. */
	public static final int MAX_CELL_CHARS = 20_000;
	/** Characters accepted per document (about 20 MB of text, far beyond any plan). */
	public static final int MAX_CHARS = 20_000_000;

	private static final int CONTINUATION_LOOK_AHEAD = 20;

	private final int maxDepth;
	private final int maxColumns;
	private final int maxTableCells;

	public PlanParser() {
		this(MAX_DEPTH, MAX_COLUMNS, MAX_TABLE_CELLS);
	}

	/** A parser with other limits (tests use small ones); each must be at least 1. */
	public PlanParser(int maxDepth, int maxColumns, int maxTableCells) {
		if (maxDepth < 1 || maxColumns < 1 || maxTableCells < 1) {
			throw new IllegalArgumentException("parser limits must be at least 1");
		}
		this.maxDepth = maxDepth;
		this.maxColumns = maxColumns;
		this.maxTableCells = maxTableCells;
	}

	/**
	 * Parses {@code text} (lines separated by '\n'; a '\r' before it is ignored).
	 *
	 * @throws PlanParseException when {@code text} is null or longer than {@link #MAX_CHARS}
	 */
	public PlanDocument parse(String text) {
		if (text == null) {
			throw new PlanParseException("no text to parse");
		}
		if (text.length() > MAX_CHARS) {
			throw new PlanParseException("text of " + text.length() + " characters exceeds the limit of " + MAX_CHARS);
		}
		return parseLines(splitLines(text));
	}

	/**
	 * Parses lines already split by {@link #lines} (the extractor shares one list of lines with its readers
	 * instead of holding a second copy of the text, which for a large document is tens of megabytes).
	 */
	public PlanDocument parseLines(List<String> lines) {
		return parseLines(lines, null, true, null);
	}

	/**
	 * {@link #parseLines(List)} with the lines' whitespace already squeezed by the caller, who needs them too:
	 * {@code squeezed.get(i)} must be {@code VietText.squeeze(lines.get(i))} for every line holding none of the
	 * markup characters {@code < * # \} (what the parser would compute for such a line; other lines are read from
	 * {@code lines} alone). The result is the same as {@link #parseLines(List)}'s; each line is squeezed once
	 * instead of once here and once by the caller.
	 */
	public PlanDocument parseLines(List<String> lines, List<String> squeezed) {
		if (lines != null && squeezed.size() != lines.size()) {
			throw new IllegalArgumentException("squeezed lines must match the lines one to one");
		}
		return parseLines(lines, squeezed, true, null);
	}

	/**
	 * Parses {@code lines} keeping only the structure: headings, tables and the issues, no {@link Paragraph}
	 * nodes. This is all the table readers of the extractor use, and a paragraph node holds its line's text: for a
	 * 100 MB document the paragraphs are a second full copy of the text (as strings, twice its UTF-8 size) kept
	 * until the extraction ends. A heading's {@link Heading#lastLine()} then counts its headings and tables only.
	 * {@code lines} may be a lazy list (e.g. {@code ingest.FileLines}): it is read in order, a few lines at a time.
	 *
	 * <p>Each table is handed to {@code tables} as soon as its last row is read, in source order, and is not kept
	 * in the tree: the caller reads it and drops it, so the cells of a large document's tables are never all in
	 * memory at once (they are a quarter of the seed documents' text).
	 */
	public PlanDocument parseStructure(List<String> lines, Consumer<Table> tables) {
		return parseLines(lines, null, false, Objects.requireNonNull(tables, "tables"));
	}

	private PlanDocument parseLines(List<String> lines, List<String> squeezed, boolean paragraphs, Consumer<Table> tables) {
		if (lines == null) {
			throw new PlanParseException("no text to parse");
		}
		List<ParseIssue> issues = new ArrayList<>();
		TreeBuilder tree = new TreeBuilder(maxDepth, issues);
		int i = 0;
		while (i < lines.size()) {
			String raw = lines.get(i);
			if (raw.indexOf('\t') >= 0) {
				i = readTable(lines, squeezed, i, tree, issues, paragraphs, tables);
				continue;
			}
			readLine(raw, squeezed == null ? null : squeezed.get(i), i + 1, tree, paragraphs);
			i++;
		}
		issues.sort((a, b) -> Integer.compare(a.line(), b.line()));
		return new PlanDocument(tree.finish(), issues, lines.size());
	}

	/** {@code squeezed}: the line squeezed if the caller has it (see {@link #parseLines(List, List)}), or null. */
	private static void readLine(String raw, String squeezed, int lineNumber, TreeBuilder tree, boolean paragraphs) {
		if (Markup.isBlank(raw) || Markup.isDebris(raw)) {
			return;
		}
		String text = Markup.strip(raw, squeezed);
		if (text.isEmpty()) {
			return;
		}
		Optional<HeadingStart> heading = HeadingRecognizer.recognise(text);
		if (heading.isPresent()) {
			tree.heading(heading.get(), lineNumber);
		}
		else if (paragraphs) {
			tree.add(new Paragraph(text, Markup.isEmphasised(raw), lineNumber, lineNumber));
		}
	}

	/** Reads the table block starting at index {@code start}; returns the index after it. */
	private int readTable(List<String> lines, List<String> squeezed, int start, TreeBuilder tree, List<ParseIssue> issues,
			boolean paragraphs, Consumer<Table> tables) {
		TableAssembler assembler = new TableAssembler(maxColumns, maxTableCells, issues);
		int i = start;
		int end = start;
		while (i < lines.size()) {
			String raw = lines.get(i);
			if (raw.indexOf('\t') >= 0) {
				assembler.row(new RawLine(i + 1, raw));
				end = i + 1;
				i++;
			}
			else if (Markup.isBlank(raw) || Markup.isDebris(raw)) {
				assembler.pageBreak();
				i++;
			}
			else if (continuesTable(lines, squeezed, i)) {
				assembler.continuation(new RawLine(i + 1, raw));
				end = i + 1;
				i++;
			}
			else {
				break;
			}
		}
		CaptionFinder.Caption caption = CaptionFinder.find(lines, start);
		Table table = assembler.finish(caption.text(), caption.line());
		if (table != null && tables != null) {
			tables.accept(table);
		}
		else if (table != null) {
			tree.add(table);
		}
		else {
			for (int k = start; k < end; k++) {
				readLine(lines.get(k).replace('\t', ' '), null, k + 1, tree, paragraphs);
			}
		}
		return end;
	}

	// rule: a line without TABs inside a table is the rest of the previous row's cell when it starts in
	// lower case and more rows of the table follow it
	private static boolean continuesTable(List<String> lines, List<String> squeezed, int index) {
		String text = Markup.strip(lines.get(index), squeezed == null ? null : squeezed.get(index));
		if (text.isEmpty() || !Character.isLowerCase(text.charAt(0))) {
			return false;
		}
		for (int k = index + 1; k < lines.size() && k <= index + CONTINUATION_LOOK_AHEAD; k++) {
			String next = lines.get(k);
			if (next.indexOf('\t') >= 0) {
				return true;
			}
			if (!Markup.isBlank(next) && !Markup.isDebris(next)) {
				return false;
			}
		}
		return false;
	}

	/** The lines of {@code text} as {@link #parse} reads them: split at '\n', a '\r' before it dropped. */
	public static List<String> lines(String text) {
		return splitLines(text);
	}

	// rule: '\n' ends a line; a '\r' just before it belongs to the line break (a lone '\r' is kept)
	private static List<String> splitLines(String text) {
		List<String> lines = new ArrayList<>();
		int from = 0;
		int length = text.length();
		while (true) {
			int k = text.indexOf('\n', from);
			int end = k < 0 ? length : k;
			int to = end > from && text.charAt(end - 1) == '\r' ? end - 1 : end;
			lines.add(text.substring(from, to));
			if (k < 0) {
				return lines;
			}
			from = k + 1;
		}
	}
}
