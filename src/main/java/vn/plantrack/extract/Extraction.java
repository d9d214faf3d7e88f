package vn.plantrack.extract;

import java.util.List;

/** Everything extracted from one document: the object printed per file by {@code extract --format json}. */
public record Extraction(String source, DocumentInfo document, List<TableInfo> tables, List<TaskItem> tasks,
		List<IndicatorItem> indicators, List<ProjectItem> projects, List<CitationItem> citations,
		List<Finding> findings) {
}
