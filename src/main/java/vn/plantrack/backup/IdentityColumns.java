package vn.plantrack.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** After rows are inserted with their ids, new rows must not collide: restart each identity past the maximum. */
final class IdentityColumns {

	private IdentityColumns() {
	}

	static void restart(Connection connection, String table) throws SQLException {
		if (!hasAutoIncrementId(connection, table)) {
			return;
		}
		long next;
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
			rs.next();
			next = rs.getLong(1);
		}
		String product = connection.getMetaData().getDatabaseProductName();
		try (Statement statement = connection.createStatement()) {
			if (product.toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
				statement.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), " + next + ", false)");
			}
			else {
				statement.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
			}
		}
	}

	private static boolean hasAutoIncrementId(Connection connection, String table) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
			for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
				if ("id".equalsIgnoreCase(rs.getMetaData().getColumnLabel(i))) {
					return rs.getMetaData().isAutoIncrement(i);
				}
			}
			return false;
		}
	}
}
