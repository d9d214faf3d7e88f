package vn.plantrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * import, export and restore as a user runs them: against the embedded database in a data directory,
 * without a web server, and without the first-start samples getting in the way.
 */
class DatabaseCommandsTests {

	@TempDir
	Path temp;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@BeforeEach
	void useADataDirectoryOfItsOwn() {
		System.setProperty("plantrack.data-dir", temp.resolve("data").toString());
	}

	@AfterEach
	void forgetIt() {
		System.clearProperty("plantrack.data-dir");
	}

	private int run(String... args) {
		CommandLine commandLine = PlanTrackCli.commandLine();
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		return commandLine.execute(args);
	}

	@Test
	void importsConfirmsExportsAndRestoresAPlan() {
		String seed = "src/main/resources/samples/002_17c3b43f6ad53c25.txt";

		assertThat(run("import", seed, "--confirm")).as(err.toString()).isZero();
		// 117 table rows (lines 301-467) and two prose tasks of "Tổ chức thực hiện" (lines 279 and 281)
		assertThat(out.toString()).contains("imported as document 1", "confirmed: 119 tasks");
		assertThat(run("import", seed, "--confirm")).isZero();
		assertThat(out.toString()).contains("already stored as document 1", "already confirmed, nothing changed");

		assertThat(run("export", temp.resolve("backup").toString())).as(err.toString()).isZero();
		System.setProperty("plantrack.data-dir", temp.resolve("other").toString());
		assertThat(run("restore", temp.resolve("backup").toString())).as(err.toString()).isZero();
		assertThat(out.toString()).containsPattern("restored \\d+ tables, \\d+ rows");
		assertThat(run("restore", temp.resolve("backup").toString())).isEqualTo(1);
		assertThat(err.toString()).contains("restore: the database already holds documents or users");
	}
}
