package vn.plantrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** The CLI contract of DESIGN.md: commands, help, exit codes. */
class PlanTrackCliTests {

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		CommandLine commandLine = PlanTrackCli.commandLine();
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		return commandLine.execute(args);
	}

	@Test
	void listsEveryCommandOfTheContractInItsHelp() {
		assertThat(run("--help")).isZero();
		assertThat(out.toString()).contains("serve", "extract", "check", "evaluate", "import", "export", "restore");
	}

	@Test
	void givesEachCommandItsOwnHelp() {
		for (String command : new String[] { "serve", "extract", "check", "evaluate", "import", "export", "restore" }) {
			assertThat(run(command, "--help")).as(command).isZero();
		}
	}

	@Test
	void exitsWithTwoOnAnUnknownCommandOrOption() {
		assertThat(run("frobnicate")).isEqualTo(2);
		assertThat(run("import", "--no-such-option", "x.txt")).isEqualTo(2);
	}

	@Test
	void refusesAMissingFileToImportWithExitOne() {
		assertThat(run("import", "no-such-file.docx")).isEqualTo(1);
		assertThat(err.toString().strip()).isEqualTo("no-such-file.docx: no such readable file");
	}
}
