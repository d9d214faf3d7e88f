package vn.plantrack.extract.table;

import java.util.List;

import vn.plantrack.extract.Finding;
import vn.plantrack.extract.IndicatorItem;
import vn.plantrack.extract.ProjectItem;
import vn.plantrack.extract.TableInfo;
import vn.plantrack.extract.TaskItem;

/** What the tables of one document yield. */
public record TableExtraction(List<TableInfo> tables, List<TaskItem> tasks, List<IndicatorItem> indicators,
		List<ProjectItem> projects, List<Finding> findings) {

	public TableExtraction {
		tables = List.copyOf(tables);
		tasks = List.copyOf(tasks);
		indicators = List.copyOf(indicators);
		projects = List.copyOf(projects);
		findings = List.copyOf(findings);
	}
}
