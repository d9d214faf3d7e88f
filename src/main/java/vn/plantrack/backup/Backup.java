package vn.plantrack.backup;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes every table and stored file to a directory ({@link #export}) and reads such a directory back into
 * a database ({@link #restore}), across H2 and PostgreSQL. A restore is one transaction: all of it or none.
 */
public class Backup {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final DataSource dataSource;

	private final Clock clock;

	public Backup(DataSource dataSource, Clock clock) {
		this.dataSource = dataSource;
		this.clock = clock;
	}

	/** What an export or a restore did: tables and rows. */
	public record Summary(int tables, long rows) {
	}

	public Summary export(Path dir) throws IOException, SQLException {
		if (Files.exists(dir) && (!Files.isDirectory(dir) || Files.list(dir).findAny().isPresent())) {
			throw new BackupException(dir + ": exists and is not an empty directory; choose a new one");
		}
		Files.createDirectories(dir.resolve("tables"));
		List<BackupFormat.TableEntry> entries = new ArrayList<>();
		long total = 0;
		try (Connection connection = dataSource.getConnection()) {
			// one consistent snapshot of every table
			connection.setAutoCommit(false);
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			for (String table : SchemaTables.inDependencyOrder(connection)) {
				BackupFormat.TableEntry entry = exportTable(connection, table, dir.resolve("tables/" + table + ".jsonl"));
				entries.add(entry);
				total += entry.rows();
			}
			BackupFormat manifest = new BackupFormat(BackupFormat.NAME, BackupFormat.VERSION, clock.instant().toString(),
					schemaVersion(connection), entries);
			connection.commit();
			Files.writeString(dir.resolve("manifest.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(manifest),
					StandardCharsets.UTF_8);
		}
		return new Summary(entries.size(), total);
	}

	private static BackupFormat.TableEntry exportTable(Connection connection, String table, Path file)
			throws SQLException, IOException {
		MessageDigest digest = sha256();
		long rows = 0;
		List<BackupFormat.Column> columns = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT * FROM " + table + orderBy(connection, table));
				BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			ResultSetMetaData meta = rs.getMetaData();
			for (int i = 1; i <= meta.getColumnCount(); i++) {
				columns.add(new BackupFormat.Column(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT),
						meta.getColumnType(i)));
			}
			while (rs.next()) {
				List<Object> values = new ArrayList<>(columns.size());
				for (int i = 1; i <= columns.size(); i++) {
					values.add(ColumnValues.read(rs, i, columns.get(i - 1).jdbcType()));
				}
				String line = JSON.writeValueAsString(values) + "\n";
				out.write(line);
				digest.update(line.getBytes(StandardCharsets.UTF_8));
				rows++;
			}
		}
		return new BackupFormat.TableEntry(table, columns, rows, HexFormat.of().formatHex(digest.digest()));
	}

	/** Rows in primary-key order, so the same data always gives the same file. */
	private static String orderBy(Connection connection, String table) throws SQLException {
		java.util.TreeMap<Short, String> keys = new java.util.TreeMap<>();
		try (ResultSet pk = connection.getMetaData()
			.getPrimaryKeys(connection.getCatalog(), connection.getSchema(),
					SchemaTables.exactName(connection.getMetaData(), table))) {
			while (pk.next()) {
				keys.put(pk.getShort("KEY_SEQ"), pk.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
			}
		}
		return keys.isEmpty() ? "" : " ORDER BY " + String.join(", ", keys.values());
	}

	/**
	 * Replaces the content of the database with the backup in {@code dir}. Refused when the backup is damaged,
	 * was made at another schema version, or when the database already holds documents or users and
	 * {@code replaceExisting} is false.
	 */
	public Summary restore(Path dir, boolean replaceExisting) throws IOException, SQLException {
		BackupFormat manifest = readManifest(dir);
		for (BackupFormat.TableEntry entry : manifest.tables()) {
			Path file = dir.resolve("tables/" + entry.name() + ".jsonl");
			if (!Files.isRegularFile(file) || !entry.sha256().equals(sha256Of(file))) {
				throw new BackupException(file + ": missing or damaged (checksum differs from manifest.json)");
			}
		}
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				String version = schemaVersion(connection);
				if (!version.equals(manifest.schemaVersion())) {
					throw new BackupException(dir + ": made at schema version " + manifest.schemaVersion()
							+ " but this database is at " + version + "; restore with the matching PlanTrack version");
				}
				List<String> order = SchemaTables.inDependencyOrder(connection);
				if (!replaceExisting && holdsUserData(connection)) {
					throw new BackupException("the database already holds documents or users; restore into an empty "
							+ "database or pass --replace");
				}
				for (int i = order.size() - 1; i >= 0; i--) {
					try (Statement statement = connection.createStatement()) {
						statement.executeUpdate("DELETE FROM " + order.get(i));
					}
				}
				long rows = 0;
				for (String table : order) {
					BackupFormat.TableEntry entry = manifest.tables()
						.stream()
						.filter(t -> t.name().equals(table))
						.findFirst()
						.orElseThrow(() -> new BackupException(dir + ": the backup has no table " + table));
					rows += restoreTable(connection, entry, dir.resolve("tables/" + table + ".jsonl"));
					IdentityColumns.restart(connection, table);
				}
				connection.commit();
				return new Summary(order.size(), rows);
			}
			catch (SQLException | IOException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
		}
	}

	private static long restoreTable(Connection connection, BackupFormat.TableEntry entry, Path file)
			throws SQLException, IOException {
		String columns = entry.columns().stream().map(BackupFormat.Column::name).collect(Collectors.joining(", "));
		String marks = entry.columns().stream().map(c -> "?").collect(Collectors.joining(", "));
		int[] targetTypes = targetTypes(connection, entry);
		long rows = 0;
		try (PreparedStatement insert = connection
			.prepareStatement("INSERT INTO " + entry.name() + " (" + columns + ") VALUES (" + marks + ")");
				BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String line;
			while ((line = in.readLine()) != null) {
				List<?> values = JSON.readValue(line, List.class);
				for (int i = 0; i < targetTypes.length; i++) {
					ColumnValues.write(insert, i + 1, targetTypes[i], values.get(i));
				}
				insert.addBatch();
				if (++rows % 500 == 0) {
					insert.executeBatch();
				}
			}
			insert.executeBatch();
		}
		return rows;
	}

	private static int[] targetTypes(Connection connection, BackupFormat.TableEntry entry) throws SQLException {
		String columns = entry.columns().stream().map(BackupFormat.Column::name).collect(Collectors.joining(", "));
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT " + columns + " FROM " + entry.name() + " WHERE 1 = 0")) {
			int[] types = new int[entry.columns().size()];
			for (int i = 0; i < types.length; i++) {
				types[i] = rs.getMetaData().getColumnType(i + 1);
			}
			return types;
		}
	}

	private static boolean holdsUserData(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(
						"SELECT (SELECT COUNT(*) FROM document) + (SELECT COUNT(*) FROM app_user)")) {
			rs.next();
			return rs.getLong(1) > 0;
		}
	}

	private static BackupFormat readManifest(Path dir) throws IOException {
		Path file = dir.resolve("manifest.json");
		if (!Files.isRegularFile(file)) {
			throw new BackupException(dir + ": no manifest.json; not a PlanTrack backup directory");
		}
		BackupFormat manifest;
		try {
			manifest = JSON.readValue(Files.readString(file, StandardCharsets.UTF_8), BackupFormat.class);
		}
		catch (RuntimeException ex) {
			throw new BackupException(file + ": not a readable backup manifest (" + ex.getMessage().lines().findFirst().orElse("") + ")");
		}
		if (!BackupFormat.NAME.equals(manifest.format()) || manifest.version() != BackupFormat.VERSION) {
			throw new BackupException(file + ": format " + manifest.format() + " version " + manifest.version()
					+ " is not supported");
		}
		return manifest;
	}

	private static String schemaVersion(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(
						"SELECT version FROM flyway_schema_history WHERE success = TRUE AND version IS NOT NULL "
								// repeatable migrations (R__) have no version; the schema's is the newest numbered one
								+ "ORDER BY installed_rank DESC")) {
			return rs.next() ? rs.getString(1) : "none";
		}
	}

	private static String sha256Of(Path file) throws IOException {
		MessageDigest digest = sha256();
		digest.update(Files.readAllBytes(file));
		return HexFormat.of().formatHex(digest.digest());
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 missing from the JDK", ex);
		}
	}
}
