package vn.plantrack.synthetic;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

import vn.plantrack.registry.AuditLog;

/**
 * Writes a synthetic country (or one province) into the configured database: COPY on PostgreSQL, JDBC
 * batches elsewhere, one commit per 50,000 rows, and one audit event per generated province so the audit
 * chain stays whole. Meant for an otherwise idle database: rows carry explicit ids taken above the current
 * maximum, and the identity sequences are moved past them at the end.
 */
@Component
public class SyntheticCountry {

	/** What was written, per table, and how long it took. */
	public record Summary(Scale scale, long seed, Map<String, Long> rows, Duration elapsed) {

		public long total() {
			return rows.values().stream().mapToLong(Long::longValue).sum();
		}
	}

	private final DataSource dataSource;

	private final AuditLog audit;

	SyntheticCountry(DataSource dataSource, AuditLog audit) {
		this.dataSource = dataSource;
		this.audit = audit;
	}

	/**
	 * Generates {@code scale} from {@code seed}. Refuses (IllegalStateException) when generated provinces are
	 * already stored: a second run would duplicate names rather than add anything meaningful.
	 */
	public Summary generate(Scale scale, long seed, String actor, Consumer<String> progress) {
		long started = System.nanoTime();
		try (Connection connection = dataSource.getConnection()) {
			refuseWhenGenerated(connection);
			boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
			connection.setAutoCommit(false);
			if (postgres) {
				try (Statement statement = connection.createStatement()) {
					// a lost last batch on a crash only means running the generator again
					statement.execute("SET synchronous_commit = off");
				}
			}
			Ids ids = new Ids(firstFreeIds(connection));
			Map<Table, Long> before = new EnumMap<>(Table.class);
			for (Table table : Table.values()) {
				before.put(table, ids.peek(table));
			}
			BufferedSink sink = postgres ? new PgCopySink(connection) : new JdbcBatchSink(connection);
			for (int i = 0; i < scale.localities; i++) {
				LocalityGenerator locality = new LocalityGenerator(scale, seed, i, ids, sink);
				locality.generate();
				sink.flush();
				audit.record(actor, "GENERATE", "locality", String.valueOf(locality.localityId()), null,
						"{\"code\":\"" + LocalityGenerator.code(i) + "\",\"scale\":\"" + scale.name().toLowerCase()
								+ "\",\"seed\":" + seed + "}");
				progress.accept(String.format("%s: %d of %d provinces, %,d rows, %d s", LocalityGenerator.code(i), i + 1,
						scale.localities, sink.written(), Duration.ofNanos(System.nanoTime() - started).toSeconds()));
			}
			connection.setAutoCommit(true);
			Map<String, Long> rows = new java.util.LinkedHashMap<>();
			for (Table table : Table.values()) {
				rows.put(table.sqlName, ids.peek(table) - before.get(table));
				moveIdentityPast(connection, postgres, table, ids.peek(table));
			}
			if (postgres) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("ANALYZE");
				}
			}
			return new Summary(scale, seed, rows, Duration.ofNanos(System.nanoTime() - started));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("generating " + scale.name().toLowerCase() + " data failed: " + ex.getMessage(), ex);
		}
	}

	private static void refuseWhenGenerated(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT code FROM locality WHERE code LIKE 'syn-%' ORDER BY code")) {
			if (rs.next()) {
				throw new IllegalStateException("the database already holds generated province " + rs.getString(1)
						+ "; generate into an empty database");
			}
		}
	}

	private static Map<Table, Long> firstFreeIds(Connection connection) throws SQLException {
		Map<Table, Long> first = new EnumMap<>(Table.class);
		try (Statement statement = connection.createStatement()) {
			for (Table table : Table.values()) {
				try (ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table.sqlName)) {
					rs.next();
					first.put(table, rs.getLong(1) + 1);
				}
			}
		}
		return first;
	}

	// rule: rows inserted with explicit ids leave the identity behind; move it past them or the next insert collides
	private static void moveIdentityPast(Connection connection, boolean postgres, Table table, long nextId)
			throws SQLException {
		try (Statement statement = connection.createStatement()) {
			if (postgres) {
				statement.execute("SELECT setval(pg_get_serial_sequence('" + table.sqlName + "', 'id'), "
						+ Math.max(1, nextId - 1) + ")");
			}
			else {
				statement.execute("ALTER TABLE " + table.sqlName + " ALTER COLUMN id RESTART WITH " + nextId);
			}
		}
	}
}
