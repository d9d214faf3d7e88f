package vn.plantrack.synthetic;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/** PostgreSQL: each buffered table goes in with one {@code COPY ... FROM STDIN (FORMAT csv)}. */
class PgCopySink extends BufferedSink {

	private final CopyManager copy;

	PgCopySink(Connection connection) throws SQLException {
		super(connection);
		this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
	}

	@Override
	void write(Table table, List<Object[]> rows) throws SQLException {
		StringBuilder csv = new StringBuilder(rows.size() * 96);
		for (Object[] row : rows) {
			for (int i = 0; i < row.length; i++) {
				if (i > 0) {
					csv.append(',');
				}
				append(csv, row[i]);
			}
			csv.append('\n');
		}
		try {
			copy.copyIn("COPY " + table.sqlName + " (" + String.join(", ", table.columns) + ") FROM STDIN (FORMAT csv)",
					new StringReader(csv.toString()));
		}
		catch (IOException ex) {
			throw new SQLException("COPY into " + table.sqlName + " failed", ex);
		}
	}

	// rule: in CSV an unquoted empty field is NULL; text is quoted with doubled quotes; bytea is \x + hex
	private static void append(StringBuilder csv, Object value) {
		if (value == null) {
			return;
		}
		if (value instanceof String text) {
			csv.append('"').append(text.replace("\"", "\"\"")).append('"');
		}
		else if (value instanceof Boolean bool) {
			csv.append(bool ? 't' : 'f');
		}
		else if (value instanceof BigDecimal decimal) {
			csv.append(decimal.toPlainString());
		}
		else if (value instanceof Instant instant) {
			csv.append(instant.toString());
		}
		else if (value instanceof byte[] bytes) {
			csv.append("\\x").append(HexFormat.of().formatHex(bytes));
		}
		else {
			csv.append(value);
		}
	}
}
