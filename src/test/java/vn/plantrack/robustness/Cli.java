package vn.plantrack.robustness;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import vn.plantrack.cli.PlanTrackCli;

/** Runs {@code ./plantrack <args>} in this JVM, the way the jar's main does, capturing what it prints. */
final class Cli {

	record Run(int exitCode, String out, String err) {
	}

	private Cli() {
	}

	/** Serialised: the command line writes to System.out and System.err, which are global. */
	static synchronized Run run(String... args) {
		PrintStream out = System.out;
		PrintStream err = System.err;
		ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
		ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
		try {
			System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
			int code = PlanTrackCli.run(args);
			System.out.flush();
			System.err.flush();
			return new Run(code, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
	}
}
