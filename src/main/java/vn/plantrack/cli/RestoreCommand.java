package vn.plantrack.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.plantrack.backup.Backup;
import vn.plantrack.backup.BackupException;

@Command(name = "restore", mixinStandardHelpOptions = true,
		description = "Load a DIR written by export into the configured database (all or nothing).")
class RestoreCommand implements Callable<Integer> {

	@Parameters(paramLabel = "DIR", description = "A directory written by export")
	Path dir;

	@Option(names = "--replace", description = "Replace a database that already holds documents or users")
	boolean replace;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		if (Preflight.refusesDatabaseCommand(spec.commandLine().getErr())) {
			return 1;
		}
		try (ConfigurableApplicationContext context = BatchContext.start(false)) {
			Backup.Summary summary = context.getBean(Backup.class).restore(dir, replace);
			spec.commandLine().getOut().printf("restored %d tables, %d rows from %s%n", summary.tables(), summary.rows(), dir);
			return 0;
		}
		catch (BackupException ex) {
			spec.commandLine().getErr().println("restore: " + ex.getMessage());
			return 1;
		}
	}
}
