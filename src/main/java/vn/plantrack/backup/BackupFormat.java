package vn.plantrack.backup;

import java.util.List;

/**
 * The manifest of a backup directory ({@code manifest.json}); each table's rows are in
 * {@code tables/<name>.jsonl}, one JSON array of column values per line, in the manifest's column order.
 */
record BackupFormat(String format, int version, String createdAt, String schemaVersion, List<TableEntry> tables) {

	static final String NAME = "plantrack-backup";

	static final int VERSION = 1;

	/** One table: its columns with their JDBC types, the number of rows and the SHA-256 of its file. */
	record TableEntry(String name, List<Column> columns, long rows, String sha256) {
	}

	record Column(String name, int jdbcType) {
	}
}
