package vn.plantrack.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.plantrack.support.TestDatabases;

/**
 * A backup restored into a fresh in-memory H2 database (what a quick test or a throw-away check uses) gives back
 * every table as exported, including the disbursement threshold rules the schema seeds (V40: four rules of seed
 * 001, lines 877, 881, 887 and 1170, with basis CUMULATIVE or FORECAST).
 */
@SpringBootTest(properties = "plantrack.samples.import-on-first-start=false")
class BackupIntoMemoryH2Tests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

	@Autowired
	Backup backup;

	@TempDir
	Path temp;

	@Test
	void restoresIntoAFreshInMemoryH2() throws Exception {
		Path exported = temp.resolve("export");
		backup.export(exported);
		DataSource memory = new DriverManagerDataSource("jdbc:h2:mem:restore" + UUID.randomUUID().toString().replace("-", "")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
		Flyway.configure().dataSource(memory).load().migrate();

		new Backup(memory, Clock.systemUTC()).restore(exported, false);

		try (Connection connection = memory.getConnection(); Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT basis, source_line FROM threshold_rule ORDER BY source_line")) {
			StringBuilder rules = new StringBuilder();
			while (rs.next()) {
				rules.append(rs.getString(1)).append(' ').append(rs.getInt(2)).append(';');
			}
			assertThat(rules.toString()).isEqualTo("CUMULATIVE 877;CUMULATIVE 881;FORECAST 887;CUMULATIVE 1170;");
		}
		Path again = temp.resolve("again");
		new Backup(memory, Clock.systemUTC()).export(again);
		try (var files = Files.list(exported.resolve("tables"))) {
			for (Path file : files.toList()) {
				assertThat(again.resolve("tables").resolve(file.getFileName())).as(file.getFileName().toString())
					.hasSameTextualContentAs(file);
			}
		}
	}
}
