package vn.plantrack.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "restore", mixinStandardHelpOptions = true,
		description = "Load a DIR written by export into an empty database.")
class RestoreCommand implements Callable<Integer> {

	@Parameters(paramLabel = "DIR")
	Path dir;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		// Backup and restore arrive with the reliability work (issue 8); say so rather than pretend.
		spec.commandLine().getErr().println("restore: not available yet in this version (backup and restore are planned)");
		return 2;
	}
}
