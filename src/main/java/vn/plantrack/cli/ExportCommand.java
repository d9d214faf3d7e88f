package vn.plantrack.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.plantrack.backup.Backup;
import vn.plantrack.backup.BackupException;

@Command(name = "export", mixinStandardHelpOptions = true,
		description = "Write every table, stored file and the audit chain of the configured database to DIR.")
class ExportCommand implements Callable<Integer> {

	@Parameters(paramLabel = "DIR", description = "A new or empty directory")
	Path dir;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		if (Preflight.refusesDatabaseCommand(spec.commandLine().getErr())) {
			return 1;
		}
		try (ConfigurableApplicationContext context = BatchContext.start(false)) {
			Backup.Summary summary = context.getBean(Backup.class).export(dir);
			spec.commandLine().getOut().printf("exported %d tables, %d rows to %s%n", summary.tables(), summary.rows(), dir);
			return 0;
		}
		catch (BackupException ex) {
			spec.commandLine().getErr().println("export: " + ex.getMessage());
			return 1;
		}
	}
}
