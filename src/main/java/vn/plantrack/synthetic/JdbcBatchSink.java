package vn.plantrack.synthetic;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

/** Any database (H2 here): one prepared INSERT per table, executed as JDBC batches. */
class JdbcBatchSink extends BufferedSink {

	private static final int BATCH = 1_000;

	JdbcBatchSink(Connection connection) {
		super(connection);
	}

	@Override
	void write(Table table, List<Object[]> rows) throws SQLException {
		String sql = "INSERT INTO " + table.sqlName + " (" + String.join(", ", table.columns) + ") VALUES ("
				+ String.join(", ", Collections.nCopies(table.columns.size(), "?")) + ")";
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			int pending = 0;
			for (Object[] row : rows) {
				for (int i = 0; i < row.length; i++) {
					bind(statement, i + 1, row[i]);
				}
				statement.addBatch();
				if (++pending == BATCH) {
					statement.executeBatch();
					pending = 0;
				}
			}
			if (pending > 0) {
				statement.executeBatch();
			}
		}
	}

	private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
		if (value == null) {
			statement.setNull(index, Types.NULL);
		}
		else if (value instanceof LocalDate date) {
			statement.setDate(index, Date.valueOf(date));
		}
		else if (value instanceof Instant instant) {
			statement.setTimestamp(index, Timestamp.from(instant));
		}
		else if (value instanceof byte[] bytes) {
			statement.setBytes(index, bytes);
		}
		else if (value instanceof BigDecimal decimal) {
			statement.setBigDecimal(index, decimal);
		}
		else {
			statement.setObject(index, value);
		}
	}
}
