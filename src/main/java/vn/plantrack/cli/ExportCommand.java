package vn.plantrack.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
		description = "Write every table, stored file and the audit chain to DIR.")
class ExportCommand implements Callable<Integer> {

	@Parameters(paramLabel = "DIR")
	Path dir;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		// Backup and restore arrive with the reliability work (issue 8); say so rather than pretend.
		spec.commandLine().getErr().println("export: not available yet in this version (backup and restore are planned)");
		return 2;
	}
}
