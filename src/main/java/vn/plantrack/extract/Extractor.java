package vn.plantrack.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.plantrack.extract.document.CitationReader;
import vn.plantrack.extract.document.MetadataReader;
import vn.plantrack.extract.document.PlainLines;
import vn.plantrack.extract.prose.ProseTaskReader;
import vn.plantrack.extract.review.FindingRules;
import vn.plantrack.extract.table.TableExtraction;
import vn.plantrack.extract.table.TableReader;
import vn.plantrack.extract.text.LineTraits;
import vn.plantrack.parse.PlanDocument;
import vn.plantrack.parse.PlanParseException;
import vn.plantrack.parse.PlanParser;
import vn.plantrack.parse.Table;

/**
 * Entry point of the extraction core: normalised text of one document to an {@link Extraction}.
 * Immutable and thread-safe; every call works on fresh state.
 *
 * @throws vn.plantrack.parse.PlanParseException from {@link #extract} when the text is null or too large
 */
public class Extractor {

	private final PlanParser parser = new PlanParser();

	public Extraction extract(String source, String text) {
		List<String> lines;
		if (text != null && text.length() <= PlanParser.MAX_CHARS && text.indexOf('\r') < 0) {
			// without '\r' the parser's lines are exactly the readers' lines: one copy of the text, not two
			lines = Collections.unmodifiableList(PlanParser.lines(text));
			// one pass over every line for what several readers ask of it (see LineTraits)
			LineTraits traits = LineTraits.of(text, lines);
			// markup removed and whitespace squeezed once per line, for the parser (lines without markup, where
			// the two agree), the metadata and the citation readers
			List<String> plain = MetadataReader.plainLines(lines, traits);
			return read(source, TableReader.read(parser.parseLines(lines, plain)), lines, plain, traits);
		}
		PlanDocument tree = parser.parse(text);
		lines = List.of(text.split("\n", -1));
		LineTraits traits = LineTraits.of(text, lines);
		return read(source, TableReader.read(tree), lines, MetadataReader.plainLines(lines, traits), traits);
	}

	/**
	 * The extraction of a document given as its lines (line 1 at index 0, no '\r'), read with a small working
	 * set: the result is the same as {@link #extract} of the lines joined with '\n', but {@code lines} may be a
	 * lazy list (ingest's {@code FileLines}, which reads each line from the file when asked) and nothing here holds a
	 * second copy of the text: the parse keeps only headings and tables (no paragraph nodes), and the plain
	 * (markup-free, squeezed) lines the metadata, citation and prose readers share are a view computed line by
	 * line when asked for, not a list. That trades CPU (a line is decoded and squeezed once per reader pass)
	 * for memory, so it is the path for large local files (the CLI), not for uploads of ordinary size.
	 */
	public Extraction extractLines(String source, List<String> lines) {
		if (lines == null) {
			throw new PlanParseException("no text to parse");
		}
		List<String> readOnly = Collections.unmodifiableList(lines);
		// each table is read as soon as the parser has it and then dropped (see TablesAsRead)
		TablesAsRead tables = new TablesAsRead();
		PlanDocument structure = parser.parseStructure(readOnly, tables::read);
		return read(source, tables.finish(structure), readOnly, PlainLines.view(readOnly), LineTraits.unknown());
	}

	/**
	 * What {@link TableReader#read} gives for a whole document, built one table at a time: the tables' results in
	 * source order, the parse issues' findings first, then every table's, sorted by line (a stable sort, as the
	 * whole-document reader does, so findings on one line keep the same order).
	 */
	private static final class TablesAsRead {

		private final List<TableInfo> tables = new ArrayList<>();

		private final List<TaskItem> tasks = new ArrayList<>();

		private final List<IndicatorItem> indicators = new ArrayList<>();

		private final List<ProjectItem> projects = new ArrayList<>();

		private final List<Finding> findings = new ArrayList<>();

		void read(Table table) {
			add(TableReader.read(new PlanDocument(List.of(table), List.of(), table.lastLine())));
		}

		TableExtraction finish(PlanDocument structure) {
			// the issues' findings go first, as in TableReader.read
			List<Finding> tableFindings = new ArrayList<>(findings);
			findings.clear();
			add(TableReader.read(new PlanDocument(List.of(), structure.issues(), structure.lineCount())));
			findings.addAll(tableFindings);
			findings.sort((a, b) -> Integer.compare(a.line(), b.line()));
			return new TableExtraction(tables, tasks, indicators, projects, findings);
		}

		private void add(TableExtraction part) {
			tables.addAll(part.tables());
			tasks.addAll(part.tasks());
			indicators.addAll(part.indicators());
			projects.addAll(part.projects());
			findings.addAll(part.findings());
		}
	}

	private static Extraction read(String source, TableExtraction tables, List<String> lines, List<String> plain,
			LineTraits traits) {
		DocumentInfo document = MetadataReader.readPlain(source, plain, traits);
		List<CitationItem> citations = CitationReader.readPlain(plain);
		List<TaskItem> tasks = new ArrayList<>(tables.tasks());
		Set<String> tableTaskKeys = new HashSet<>();
		for (TaskItem t : tables.tasks()) {
			tableTaskKeys.add(t.code() + "@" + t.line());
		}
		// prose and table tasks are both kept; a prose reader that also reads a table row is not doubled
		for (TaskItem t : ProseTaskReader.read(lines, plain, traits)) {
			if (!tableTaskKeys.contains(t.code() + "@" + t.line())) {
				tasks.add(t);
			}
		}
		tasks.sort((a, b) -> Integer.compare(a.line(), b.line()));
		Extraction draft = new Extraction(source, document, tables.tables(), tasks, tables.indicators(),
				tables.projects(), citations, tables.findings());
		List<Finding> findings = new ArrayList<>(tables.findings());
		findings.addAll(FindingRules.review(draft, lines, traits));
		findings.sort((a, b) -> Integer.compare(a.line(), b.line()));
		return new Extraction(source, document, draft.tables(), tasks, draft.indicators(), draft.projects(),
				citations, findings);
	}
}
