package vn.plantrack.extract;

import java.util.ArrayList;
import java.util.List;

import vn.plantrack.extract.document.CitationReader;
import vn.plantrack.extract.document.MetadataReader;
import vn.plantrack.extract.prose.ProseTaskReader;
import vn.plantrack.extract.review.FindingRules;

/**
 * Entry point of the extraction core: normalised text of one document to an {@link Extraction}.
 * Immutable and thread-safe; every call works on fresh state.
 */
public class Extractor {

	public Extraction extract(String source, String text) {
		List<String> lines = List.of(text.split("\n", -1));
		DocumentInfo document = MetadataReader.read(source, lines);
		List<CitationItem> citations = CitationReader.read(lines);
		List<TaskItem> tasks = new ArrayList<>(ProseTaskReader.read(lines));
		Extraction draft = new Extraction(source, document, List.of(), tasks, List.of(), List.of(), citations,
				List.of());
		List<Finding> findings = new ArrayList<>(FindingRules.review(draft, lines));
		return new Extraction(source, document, draft.tables(), tasks, draft.indicators(), draft.projects(),
				citations, findings);
	}
}
