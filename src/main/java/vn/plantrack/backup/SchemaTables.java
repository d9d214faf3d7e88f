package vn.plantrack.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The application's tables in an order where every table comes after the tables it references. */
final class SchemaTables {

	// the migration history belongs to the target; login sessions must not travel in a backup
	private static final Set<String> SKIPPED = Set.of("flyway_schema_history", "spring_session",
			"spring_session_attributes");

	private SchemaTables() {
	}

	static List<String> inDependencyOrder(Connection connection) throws SQLException {
		DatabaseMetaData meta = connection.getMetaData();
		String schema = connection.getSchema();
		Map<String, Set<String>> references = new LinkedHashMap<>();
		try (ResultSet tables = meta.getTables(connection.getCatalog(), schema, "%", new String[] { "TABLE" })) {
			while (tables.next()) {
				String name = tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
				if (!SKIPPED.contains(name)) {
					references.put(name, new LinkedHashSet<>());
				}
			}
		}
		for (String table : references.keySet()) {
			try (ResultSet keys = meta.getImportedKeys(connection.getCatalog(), schema, exactName(meta, table))) {
				while (keys.next()) {
					String target = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
					if (!target.equals(table) && references.containsKey(target)) {
						references.get(table).add(target);
					}
				}
			}
		}
		List<String> ordered = new ArrayList<>();
		Set<String> placed = new LinkedHashSet<>();
		while (ordered.size() < references.size()) {
			boolean progress = false;
			for (Map.Entry<String, Set<String>> entry : references.entrySet()) {
				if (!placed.contains(entry.getKey()) && placed.containsAll(entry.getValue())) {
					ordered.add(entry.getKey());
					placed.add(entry.getKey());
					progress = true;
				}
			}
			if (!progress) {
				throw new SQLException("circular foreign keys between " + references.keySet());
			}
		}
		return ordered;
	}

	/** Metadata look-ups want the name as stored: lower case on PostgreSQL and on H2 with DATABASE_TO_LOWER. */
	static String exactName(DatabaseMetaData meta, String table) throws SQLException {
		return meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
	}
}
