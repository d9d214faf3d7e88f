package vn.plantrack.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.plantrack.cli.PlanTrackCli;
import vn.plantrack.support.TestUsers;

/** {@code ./plantrack report}: bad input ends with exit 1 and one line naming the problem. */
class ReportCommandTests {

	@Test
	void refusesAnUnknownCycleBeforeStartingAnything() {
		Result result = run("report", "--plan", "14-CTr/TU", "--cycle", "2026-Q7", "--format", "pdf", "-o",
				"target/x.pdf");
		assertThat(result.exit()).isEqualTo(1);
		assertThat(result.err()).contains("2026-Q7").hasLineCount(1);
	}

	@Test
	void refusesAnUnknownFormat() {
		Result result = run("report", "--plan", "14-CTr/TU", "--cycle", "2026", "--format", "odt", "-o", "target/x.odt");
		assertThat(result.exit()).isEqualTo(1);
		assertThat(result.err()).contains("odt").hasLineCount(1);
	}

	@Test
	void refusesAPlanSymbolNoStoredPlanHas() throws Exception {
		Path data = Files.createDirectories(Path.of("target", "cli-" + UUID.randomUUID()));
		System.setProperty("spring.datasource.url", "jdbc:h2:file:" + data.toAbsolutePath() + "/db"
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
		System.setProperty("plantrack.data-dir", data.toString());
		System.setProperty("PLANTRACK_ADMIN_PASSWORD", TestUsers.ADMIN_PASSWORD);
		try {
			Result result = run("report", "--plan", "99-KH/KHONG-CO", "--cycle", "2026-H1", "-o",
					data.resolve("r.docx").toString());
			assertThat(result.exit()).isEqualTo(1);
			assertThat(result.err().strip()).isEqualTo("report: no stored plan has the symbol '99-KH/KHONG-CO'");
			assertThat(data.resolve("r.docx")).doesNotExist();
		}
		finally {
			System.clearProperty("spring.datasource.url");
			System.clearProperty("plantrack.data-dir");
			System.clearProperty("PLANTRACK_ADMIN_PASSWORD");
		}
	}

	record Result(int exit, String err) {
	}

	private static Result run(String... args) {
		PrintStream originalErr = System.err;
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		try {
			// picocli's default error writer wraps the System.err of the moment the command line is built
			System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
			var commandLine = new picocli.CommandLine(PlanTrackCli.class);
			java.io.StringWriter errors = new java.io.StringWriter();
			commandLine.setErr(new java.io.PrintWriter(errors, true));
			int exit = commandLine.execute(args);
			return new Result(exit, errors.toString());
		}
		finally {
			System.setErr(originalErr);
		}
	}
}
