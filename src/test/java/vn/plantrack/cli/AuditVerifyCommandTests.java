package vn.plantrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import picocli.CommandLine;
import vn.plantrack.registry.Role;
import vn.plantrack.registry.UserAccounts;
import vn.plantrack.support.TestDatabases;

/**
 * {@code ./plantrack audit verify} against a real database: the command starts its own application on the
 * same (in-memory H2) database the test wrote, exits 0 on an intact trail and 1 naming the edited row.
 */
@SpringBootTest(properties = "plantrack.samples.import-on-first-start=false")
class AuditVerifyCommandTests {

	private static final List<String> PASSED = List.of("spring.datasource.url", "spring.datasource.username",
			"spring.datasource.password", "plantrack.data-dir");

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

	@Autowired
	Environment environment;

	@Autowired
	UserAccounts users;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void forgetTheDatabase() {
		PASSED.forEach(System::clearProperty);
	}

	@Test
	void exitsZeroOnAnIntactTrailAndOneNamingTheFirstEditedRow() {
		users.create("leader-a", "reporter-Password-1", Role.LEADER, null, "admin");
		users.create("leader-b", "reporter-Password-1", Role.LEADER, null, "admin");
		PASSED.forEach(name -> System.setProperty(name, environment.getProperty(name)));

		Run intact = run("audit", "verify");
		assertThat(intact.exit()).isZero();
		assertThat(intact.out()).contains("audit chain intact");

		long edited = jdbc.sql("SELECT id FROM audit_event WHERE entity_id = 'leader-a'").query(Long.class).single();
		jdbc.sql("UPDATE audit_event SET after_state = 'role=ADMIN' WHERE id = ?").param(edited).update();
		Run broken = run("audit", "verify");

		assertThat(broken.exit()).isEqualTo(1);
		assertThat(broken.err()).contains("audit_event id " + edited + ":");
	}

	record Run(int exit, String out, String err) {
	}

	private static Run run(String... args) {
		CommandLine cli = PlanTrackCli.commandLine();
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		cli.setOut(new PrintWriter(out, true));
		cli.setErr(new PrintWriter(err, true));
		int exit = cli.execute(args);
		return new Run(exit, out.toString(), err.toString());
	}
}
