package vn.plantrack.extract.table;

import vn.plantrack.parse.Table;
import vn.plantrack.shared.text.VietText;

/** The kinds of table a plan contains; the names are the ones printed in {@code TableInfo.kind}. */
enum TableKind {
	TASKS("tasks"), INDICATORS("indicators"), PROJECTS("projects"), RESOLUTIONS("resolutions"), RESULTS("results"),
	OTHER("other");

	final String label;

	TableKind(String label) {
		this.label = label;
	}

	// rule: the caption says what an appendix lists ("Danh mục các công trình, dự án", "... các nghị quyết
	// chuyên đề, đề án", "... các chỉ tiêu", "... nhiệm vụ cụ thể"); the header decides when the caption
	// is silent: year-by-year result columns make a results table, a target column or a "Chỉ tiêu" title
	// column an indicator table, a lead-agency column a task table. Comparisons between provinces are other.
	static TableKind classify(Table table, ColumnMap columns) {
		String caption = VietText.fold(table.caption());
		String title = table.header() == null ? "" : VietText.fold(columns.text(table.header(), ColumnRole.TITLE));
		if (columns.resultColumns() >= 2) {
			return RESULTS;
		}
		if (caption.contains("so sanh")) {
			return OTHER;
		}
		if (caption.contains("cong trinh") || caption.contains("danh muc du an") || caption.contains("danh muc cac du an")
				|| (title.startsWith("ten du an") && !title.contains("nhiem vu"))) {
			return PROJECTS;
		}
		if ((caption.contains("nghi quyet") && (caption.contains("chuyen de") || caption.contains("de an")))
				|| title.startsWith("ten nghi quyet")) {
			return RESOLUTIONS;
		}
		if (columns.has(ColumnRole.TARGET) || title.startsWith("chi tieu") || caption.contains("chi tieu")) {
			return INDICATORS;
		}
		if (columns.has(ColumnRole.LEAD) || caption.contains("nhiem vu") || title.startsWith("nhiem vu")
				|| title.startsWith("noi dung")) {
			return TASKS;
		}
		return OTHER;
	}
}
