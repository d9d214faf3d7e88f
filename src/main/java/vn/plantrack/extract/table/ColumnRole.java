package vn.plantrack.extract.table;

/** What a table column holds, read from its header. */
enum ColumnRole {
	CODE, TITLE, LEAD, COORDINATING, UNIT, TARGET, PERIOD, COMPLETION, RESOURCES, NOTE, RESULT, OTHER
}
