package vn.plantrack.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.plantrack.extract.document.CitationReader;
import vn.plantrack.extract.document.MetadataReader;
import vn.plantrack.extract.prose.ProseTaskReader;
import vn.plantrack.extract.review.FindingRules;
import vn.plantrack.extract.table.TableExtraction;
import vn.plantrack.extract.table.TableReader;
import vn.plantrack.parse.PlanDocument;
import vn.plantrack.parse.PlanParser;

/**
 * Entry point of the extraction core: normalised text of one document to an {@link Extraction}.
 * Immutable and thread-safe; every call works on fresh state.
 *
 * @throws vn.plantrack.parse.PlanParseException from {@link #extract} when the text is null or too large
 */
public class Extractor {

	private final PlanParser parser = new PlanParser();

	public Extraction extract(String source, String text) {
		PlanDocument tree;
		List<String> lines;
		if (text != null && text.length() <= PlanParser.MAX_CHARS && text.indexOf('\r') < 0) {
			// without '\r' the parser's lines are exactly the readers' lines: one copy of the text, not two
			lines = Collections.unmodifiableList(PlanParser.lines(text));
			tree = parser.parseLines(lines);
		}
		else {
			tree = parser.parse(text);
			lines = List.of(text.split("\n", -1));
		}
		// markup removed and whitespace squeezed once per line, for the metadata and the citation readers
		List<String> plain = MetadataReader.plainLines(lines);
		DocumentInfo document = MetadataReader.readPlain(source, plain);
		List<CitationItem> citations = CitationReader.readPlain(plain);
		TableExtraction tables = TableReader.read(tree);
		List<TaskItem> tasks = new ArrayList<>(tables.tasks());
		Set<String> tableTaskKeys = new HashSet<>();
		for (TaskItem t : tables.tasks()) {
			tableTaskKeys.add(t.code() + "@" + t.line());
		}
		// prose and table tasks are both kept; a prose reader that also reads a table row is not doubled
		for (TaskItem t : ProseTaskReader.read(lines, plain)) {
			if (!tableTaskKeys.contains(t.code() + "@" + t.line())) {
				tasks.add(t);
			}
		}
		tasks.sort((a, b) -> Integer.compare(a.line(), b.line()));
		Extraction draft = new Extraction(source, document, tables.tables(), tasks, tables.indicators(),
				tables.projects(), citations, tables.findings());
		List<Finding> findings = new ArrayList<>(tables.findings());
		findings.addAll(FindingRules.review(draft, lines));
		findings.sort((a, b) -> Integer.compare(a.line(), b.line()));
		return new Extraction(source, document, draft.tables(), tasks, draft.indicators(), draft.projects(),
				citations, findings);
	}
}
