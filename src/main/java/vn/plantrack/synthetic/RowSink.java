package vn.plantrack.synthetic;

/**
 * Where generated rows go. Rows of a parent table are always written before the rows that refer to them;
 * {@link #flush()} must write buffered rows table by table in {@link Table} order.
 */
interface RowSink {

	/** One row; values in the order of {@link Table#columns}, ids included. */
	void row(Table table, Object... values);

	/** Writes everything buffered so far (and makes it durable). */
	void flush();
}
