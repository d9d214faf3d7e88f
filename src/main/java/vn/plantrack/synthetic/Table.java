package vn.plantrack.synthetic;

import java.util.List;

/** The tables the generator fills, in foreign-key order (a table only refers to tables above it). */
enum Table {

	LOCALITY("locality", "id", "code", "name", "publishes_open_data"),
	AGENCY("agency", "id", "locality_id", "parent_id", "name", "short_name", "level", "collective", "active_from",
			"active_to", "version"),
	DOCUMENT("document", "id", "locality_id", "kind", "symbol", "title", "issued", "issuer", "term", "signer", "status",
			"stub", "created_at", "created_by", "version"),
	SOURCE_FILE("source_file", "id", "document_id", "file_name", "media_type", "format", "encoding", "size_bytes",
			"sha256", "content", "text_content", "line_count", "received_at"),
	TASK_GROUP("task_group", "id", "document_id", "code", "title", "position", "line"),
	TASK("task", "id", "document_id", "group_id", "code", "title", "period_raw", "period_start", "period_end",
			"due_date", "recurrence", "resources", "status", "progress", "completed_on", "source_line", "version",
			"started_on", "status_reason"),
	TASK_AGENCY("task_agency", "id", "task_id", "agency_id", "role", "name_as_written", "position"),
	INDICATOR("indicator", "id", "document_id", "code", "group_title", "name", "unit", "direction", "lead_agency_id",
			"lead_as_written", "coordinating_as_written", "baseline_year", "baseline_value", "source_line", "version"),
	TARGET("target", "id", "indicator_id", "parent_id", "raw_text", "kind", "comparator", "target_value", "low_value",
			"high_value", "unit", "target_year"),
	OBSERVATION("observation", "id", "indicator_id", "period_kind", "period_year", "period_index", "kind", "obs_value",
			"source", "author", "recorded_at");

	final String sqlName;

	final List<String> columns;

	Table(String sqlName, String... columns) {
		this.sqlName = sqlName;
		this.columns = List.of(columns);
	}
}
