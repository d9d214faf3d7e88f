package vn.plantrack.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.plantrack.registry.PlanReview;
import vn.plantrack.support.TestDatabases;

/**
 * Export then restore gives back every row of every table, byte for byte: from H2 to PostgreSQL (when
 * configured) and back to H2; a damaged backup or a non-empty target is refused with nothing changed.
 */
@SpringBootTest(properties = "plantrack.samples.import-on-first-start=true")
class BackupRoundTripTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

	@Autowired
	Backup backup;

	@Autowired
	PlanReview review;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path temp;

	@Test
	void restoresEveryTableIdenticallyAcrossDatabases() throws Exception {
		// the five samples are imported; confirm two plans so tasks, agencies and relations exist too
		review.confirm(1, null, "monitor");
		review.confirm(3, null, "monitor");
		Path first = temp.resolve("from-h2");
		Backup.Summary exported = backup.export(first);
		assertThat(exported.rows()).isGreaterThan(200);

		Path last = first;
		if (System.getenv(TestDatabases.PG_URL_VARIABLE) != null) {
			DataSource postgres = emptyPostgres();
			new Backup(postgres, Clock.systemUTC()).restore(first, false);
			last = temp.resolve("from-postgres");
			new Backup(postgres, Clock.systemUTC()).export(last);
			assertSameTables(first, last);
		}
		DataSource h2 = emptyH2();
		new Backup(h2, Clock.systemUTC()).restore(last, false);
		Path again = temp.resolve("back-in-h2");
		new Backup(h2, Clock.systemUTC()).export(again);
		assertSameTables(first, again);
		// identities restart past the restored ids: a new document gets a fresh id
		try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement()) {
			statement.executeUpdate("INSERT INTO document (title, created_at, created_by) VALUES ('x', CURRENT_TIMESTAMP, 't')");
		}
	}

	@Test
	void refusesADamagedBackupAndChangesNothing() throws Exception {
		Path dir = temp.resolve("damaged");
		backup.export(dir);
		Path documents = dir.resolve("tables/document.jsonl");
		Files.writeString(documents, Files.readString(documents).replace("Sơn La", "Sơn Lá"));
		DataSource h2 = emptyH2();

		assertThatThrownBy(() -> new Backup(h2, Clock.systemUTC()).restore(dir, false)).isInstanceOf(BackupException.class)
			.hasMessageContaining("document.jsonl")
			.hasMessageContaining("checksum");
		try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement()) {
			var rs = statement.executeQuery("SELECT COUNT(*) FROM document");
			rs.next();
			assertThat(rs.getLong(1)).isZero();
		}
	}

	@Test
	void refusesToOverwriteADatabaseThatHoldsDocuments() throws Exception {
		Path dir = temp.resolve("full");
		backup.export(dir);
		long before = jdbc.sql("SELECT COUNT(*) FROM document").query(Long.class).single();

		assertThatThrownBy(() -> backup.restore(dir, false)).isInstanceOf(BackupException.class)
			.hasMessageContaining("--replace");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM document").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void refusesToExportIntoADirectoryThatHoldsFiles() throws Exception {
		Path dir = Files.createDirectories(temp.resolve("busy"));
		Files.writeString(dir.resolve("notes.txt"), "x");

		assertThatThrownBy(() -> backup.export(dir)).isInstanceOf(BackupException.class).hasMessageContaining("not an empty directory");
	}

	private static void assertSameTables(Path expected, Path actual) throws Exception {
		try (var files = Files.list(expected.resolve("tables"))) {
			for (Path file : files.toList()) {
				assertThat(actual.resolve("tables").resolve(file.getFileName())).as(file.getFileName().toString())
					.hasSameTextualContentAs(file);
			}
		}
	}

	private static DataSource emptyH2() {
		// the same kind of database the embedded default uses: an H2 file in PostgreSQL mode
		DataSource dataSource = new DriverManagerDataSource("jdbc:h2:file:./target/test-data/restore-"
				+ UUID.randomUUID() + "/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "");
		Flyway.configure().dataSource(dataSource).load().migrate();
		return dataSource;
	}

	private static DataSource emptyPostgres() throws Exception {
		String url = System.getenv(TestDatabases.PG_URL_VARIABLE);
		String user = System.getenv().getOrDefault("PLANTRACK_TEST_PG_USER", "postgres");
		String password = System.getenv().getOrDefault("PLANTRACK_TEST_PG_PASSWORD", "");
		String schema = "b" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE SCHEMA " + schema);
		}
		DataSource dataSource = new DriverManagerDataSource(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
				user, password);
		Flyway.configure().dataSource(dataSource).schemas(schema).defaultSchema(schema).load().migrate();
		return dataSource;
	}
}
