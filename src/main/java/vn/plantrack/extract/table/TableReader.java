package vn.plantrack.extract.table;

import java.util.ArrayList;
import java.util.List;

import vn.plantrack.extract.Finding;
import vn.plantrack.extract.IndicatorItem;
import vn.plantrack.extract.ProjectItem;
import vn.plantrack.extract.TableInfo;
import vn.plantrack.extract.TaskItem;
import vn.plantrack.parse.ParseIssue;
import vn.plantrack.parse.PlanDocument;
import vn.plantrack.parse.Table;

/**
 * Reads tasks, indicators and projects out of the tables of a parsed document, with the table-structure
 * findings (lost columns, numbering gaps, duplicate codes, truncated cells). Stateless.
 */
public final class TableReader {

	private TableReader() {
	}

	public static TableExtraction read(PlanDocument document) {
		List<TableInfo> tables = new ArrayList<>();
		List<TaskItem> tasks = new ArrayList<>();
		List<IndicatorItem> indicators = new ArrayList<>();
		List<ProjectItem> projects = new ArrayList<>();
		List<Finding> findings = new ArrayList<>();
		for (ParseIssue issue : document.issues()) {
			findings.add(new Finding(issue.kind(), "warning", issue.line(), issue.text(), issue.message()));
		}
		for (Table table : document.tables()) {
			TableWalk walk = new TableWalk(table);
			walk.run();
			tables.add(walk.info());
			tasks.addAll(walk.tasks());
			indicators.addAll(walk.indicators());
			projects.addAll(walk.projects());
			findings.addAll(walk.findings());
		}
		findings.sort((a, b) -> Integer.compare(a.line(), b.line()));
		return new TableExtraction(tables, tasks, indicators, projects, findings);
	}
}
