package vn.plantrack.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

import vn.plantrack.backup.Backup;
import vn.plantrack.registry.AuditChain;
import vn.plantrack.registry.DocumentImport;
import vn.plantrack.registry.PlanConfirmation;
import vn.plantrack.registry.Role;
import vn.plantrack.tracking.Actor;
import vn.plantrack.tracking.Evidence;
import vn.plantrack.tracking.SonLaPlans;
import vn.plantrack.tracking.TaskProgress;

/**
 * Backup across databases with what must never change: the audit chain and the evidence files. A plan is
 * confirmed and an agency reports progress with two evidence files (a PDF and a picture, every byte value
 * present); then export (H2) → restore into an empty PostgreSQL (when configured) → export → restore into
 * an empty H2 file database, whose audit chain {@code plantrack audit verify} checks and whose evidence
 * files are compared byte for byte with what was uploaded.
 */
@SpringBootTest(properties = "plantrack.samples.import-on-first-start=false")
class BackupAcrossDatabasesTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		vn.plantrack.support.TestDatabases.h2(registry);
	}

	@Autowired
	Backup backup;

	@Autowired
	DocumentImport documentImport;

	@Autowired
	PlanConfirmation confirmation;

	@Autowired
	TaskProgress progress;

	@Autowired
	AuditChain auditChain;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path temp;

	@Test
	void theAuditChainStillVerifiesAndEvidenceFilesComeBackByteIdenticalAfterH2ToPostgresToH2() throws Exception {
		long plan = SonLaPlans.register(documentImport, confirmation, jdbc, SonLaPlans.seed000());
		long task = SonLaPlans.task(jdbc, plan, 411); // 000:411 lead "Đảng ủy Sở Tài chính"
		long finance = SonLaPlans.agency(jdbc, "Đảng ủy Sở Tài chính");
		byte[] pdf = BadFiles.pdf(BadFiles.PLAN_LINES);
		byte[] picture = everyByteValue();
		int version = jdbc.sql("SELECT version FROM task WHERE id = ?").param(task).query(Integer.class).single();
		progress.report(task, new TaskProgress.ProgressReport(30, "Đã trình HĐND tỉnh dự thảo nghị quyết", version),
				List.of(new Evidence("Biên bản họp.pdf", pdf), new Evidence("ảnh hiện trường.png", picture)),
				new Actor("finance", Role.REPORTER, finance));
		assertThat(auditChain.verify().intact()).isTrue();
		Map<String, byte[]> uploaded = new LinkedHashMap<>();
		uploaded.put("Biên bản họp.pdf", pdf);
		uploaded.put("ảnh hiện trường.png", picture);

		Path fromH2 = temp.resolve("from-h2");
		backup.export(fromH2);
		Path last = fromH2;
		if (System.getenv(vn.plantrack.support.TestDatabases.PG_URL_VARIABLE) != null) {
			DataSource postgres = emptyPostgres();
			new Backup(postgres, Clock.systemUTC()).restore(fromH2, false);
			assertThat(evidence(postgres)).as("evidence in PostgreSQL").containsOnlyKeys(uploaded.keySet());
			evidence(postgres).forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(uploaded.get(name)));
			last = temp.resolve("from-postgres");
			new Backup(postgres, Clock.systemUTC()).export(last);
			// the audit rows come back from PostgreSQL unchanged, so the chain that verified still does
			assertThat(last.resolve("tables/audit_event.jsonl")).hasSameTextualContentAs(fromH2.resolve("tables/audit_event.jsonl"));
		}
		Path dataDir = temp.resolve("restored");
		DataSource h2 = emptyH2(dataDir);
		new Backup(h2, Clock.systemUTC()).restore(last, false);

		Map<String, byte[]> restored = evidence(h2);
		assertThat(restored).containsOnlyKeys(uploaded.keySet());
		restored.forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(uploaded.get(name)));
		try (Connection connection = h2.getConnection(); Statement sql = connection.createStatement();
				ResultSet rs = sql.executeQuery("SELECT COUNT(*) FROM evidence_file WHERE size_bytes <> OCTET_LENGTH(content)")) {
			rs.next();
			assertThat(rs.getLong(1)).isZero();
		}
		closeH2(h2);
		Cli.Run verify = auditVerify(dataDir);
		assertThat(verify.exitCode()).as(verify.err()).isZero();
		assertThat(verify.out()).contains("audit chain intact");
	}

	/** {@code plantrack audit verify} on the restored data dir, the way an operator would run it. */
	private static Cli.Run auditVerify(Path dataDir) {
		String previous = System.getProperty("plantrack.data-dir");
		System.setProperty("plantrack.data-dir", dataDir.toAbsolutePath().toString());
		try {
			return Cli.run("audit", "verify");
		}
		finally {
			if (previous == null) {
				System.clearProperty("plantrack.data-dir");
			}
			else {
				System.setProperty("plantrack.data-dir", previous);
			}
		}
	}

	private static Map<String, byte[]> evidence(DataSource dataSource) throws Exception {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
				ResultSet rs = sql.executeQuery("SELECT file_name, content FROM evidence_file ORDER BY id")) {
			while (rs.next()) {
				files.put(rs.getString(1), rs.getBytes(2));
			}
		}
		return files;
	}

	private static byte[] everyByteValue() {
		byte[] bytes = new byte[8 + 256 * 4];
		byte[] signature = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
		System.arraycopy(signature, 0, bytes, 0, 8);
		for (int i = 0; i < 256 * 4; i++) {
			bytes[8 + i] = (byte) (i * 7);
		}
		return bytes;
	}

	/** The embedded database's own shape: an H2 file at DATA_DIR/db/plantrack in PostgreSQL mode. */
	private static DataSource emptyH2(Path dataDir) throws Exception {
		Files.createDirectories(dataDir.resolve("db"));
		DataSource dataSource = new DriverManagerDataSource("jdbc:h2:file:" + dataDir.resolve("db/plantrack").toAbsolutePath()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "");
		Flyway.configure().dataSource(dataSource).load().migrate();
		return dataSource;
	}

	private static void closeH2(DataSource h2) throws Exception {
		try (Connection connection = h2.getConnection(); Statement sql = connection.createStatement()) {
			sql.execute("SHUTDOWN");
		}
	}

	private static DataSource emptyPostgres() throws Exception {
		String url = System.getenv(vn.plantrack.support.TestDatabases.PG_URL_VARIABLE);
		String user = System.getenv().getOrDefault("PLANTRACK_TEST_PG_USER", "postgres");
		String password = System.getenv().getOrDefault("PLANTRACK_TEST_PG_PASSWORD", "");
		String schema = "r" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
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
