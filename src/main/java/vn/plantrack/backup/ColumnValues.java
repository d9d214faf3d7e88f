package vn.plantrack.backup;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;

/**
 * How a column value travels in a backup: JSON-safe and exact. Bytes as Base64, instants as ISO-8601 UTC,
 * dates as ISO dates, decimals as strings (no floating point), whole numbers and booleans as such.
 */
final class ColumnValues {

	private enum Kind {
		BINARY, INSTANT, DATE, DECIMAL, WHOLE, BOOLEAN, TEXT
	}

	private ColumnValues() {
	}

	static Object read(ResultSet rs, int column, int jdbcType) throws SQLException {
		switch (kind(jdbcType)) {
			case BINARY: {
				byte[] bytes = rs.getBytes(column);
				return bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
			}
			case INSTANT: {
				Timestamp timestamp = rs.getTimestamp(column);
				return timestamp == null ? null : timestamp.toInstant().toString();
			}
			case DATE: {
				Date date = rs.getDate(column);
				return date == null ? null : date.toLocalDate().toString();
			}
			case DECIMAL: {
				BigDecimal decimal = rs.getBigDecimal(column);
				return decimal == null ? null : decimal.toPlainString();
			}
			case WHOLE: {
				long value = rs.getLong(column);
				return rs.wasNull() ? null : value;
			}
			case BOOLEAN: {
				boolean value = rs.getBoolean(column);
				return rs.wasNull() ? null : value;
			}
			default:
				return rs.getString(column);
		}
	}

	static void write(PreparedStatement statement, int column, int jdbcType, Object value) throws SQLException {
		if (value == null) {
			statement.setNull(column, jdbcType);
			return;
		}
		String text = value.toString();
		switch (kind(jdbcType)) {
			case BINARY -> statement.setBytes(column, Base64.getDecoder().decode(text));
			case INSTANT -> statement.setTimestamp(column, Timestamp.from(Instant.parse(text)));
			case DATE -> statement.setDate(column, Date.valueOf(LocalDate.parse(text)));
			case DECIMAL -> statement.setBigDecimal(column, new BigDecimal(text));
			case WHOLE -> statement.setLong(column, Long.parseLong(text));
			case BOOLEAN -> statement.setBoolean(column, Boolean.parseBoolean(text));
			default -> statement.setString(column, text);
		}
	}

	private static Kind kind(int jdbcType) {
		switch (jdbcType) {
			case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB:
				return Kind.BINARY;
			case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE:
				return Kind.INSTANT;
			case Types.DATE:
				return Kind.DATE;
			case Types.DECIMAL, Types.NUMERIC, Types.DOUBLE, Types.FLOAT, Types.REAL:
				return Kind.DECIMAL;
			case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT:
				return Kind.WHOLE;
			case Types.BOOLEAN, Types.BIT:
				return Kind.BOOLEAN;
			default:
				return Kind.TEXT;
		}
	}
}
