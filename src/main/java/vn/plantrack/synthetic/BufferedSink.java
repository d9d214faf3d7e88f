package vn.plantrack.synthetic;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Buffers rows per table and writes them in foreign-key order once enough have gathered, committing after
 * each write so memory stays flat however large the scale.
 */
abstract class BufferedSink implements RowSink {

	private static final int ROWS_PER_FLUSH = 50_000;

	protected final Connection connection;

	private final Map<Table, List<Object[]>> buffers = new EnumMap<>(Table.class);

	private int buffered;

	private long written;

	BufferedSink(Connection connection) {
		this.connection = connection;
	}

	@Override
	public void row(Table table, Object... values) {
		if (values.length != table.columns.size()) {
			throw new IllegalArgumentException(table.sqlName + ": " + values.length + " values for "
					+ table.columns.size() + " columns");
		}
		buffers.computeIfAbsent(table, t -> new ArrayList<>()).add(values);
		if (++buffered >= ROWS_PER_FLUSH) {
			flush();
		}
	}

	@Override
	public void flush() {
		try {
			for (Table table : Table.values()) {
				List<Object[]> rows = buffers.get(table);
				if (rows != null && !rows.isEmpty()) {
					write(table, rows);
					written += rows.size();
					rows.clear();
				}
			}
			connection.commit();
			buffered = 0;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("writing generated rows failed: " + ex.getMessage(), ex);
		}
	}

	long written() {
		return written;
	}

	abstract void write(Table table, List<Object[]> rows) throws SQLException;
}
