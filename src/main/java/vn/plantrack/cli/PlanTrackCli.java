package vn.plantrack.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./plantrack <command>}; with no command it serves. */
@Command(name = "plantrack", mixinStandardHelpOptions = true, version = "PlanTrack 0.1",
		description = "Tracks the implementation of provincial plans.",
		subcommands = { ServeCommand.class, ExtractCommand.class, CheckCommand.class, EvaluateCommand.class,
				ImportCommand.class, ExportCommand.class, RestoreCommand.class, AuditCommand.class, ReportCommand.class,
				GenerateCommand.class })
public class PlanTrackCli {

	/** Exit status meaning "the server is running; do not exit the JVM". */
	static final int KEEP_RUNNING = -1;

	private PlanTrackCli() {
	}

	/** Runs a command and returns its exit code, or {@link #KEEP_RUNNING} when a server was started. */
	public static int run(String... args) {
		String[] effective = args.length == 0 ? new String[] { "serve" } : args;
		return commandLine().execute(effective);
	}

	/** The command tree with its error handling; {@code main} adds only the JVM exit. */
	static CommandLine commandLine() {
		CommandLine commandLine = new CommandLine(new PlanTrackCli());
		commandLine.setExecutionExceptionHandler((ex, cmd, parsed) -> {
			cmd.getErr().println(cmd.getCommandName() + ": " + Failures.oneLine(ex));
			return 1;
		});
		return commandLine;
	}

	public static void main(String[] args) {
		int exit = run(args);
		if (exit != KEEP_RUNNING) {
			System.exit(exit);
		}
	}
}
