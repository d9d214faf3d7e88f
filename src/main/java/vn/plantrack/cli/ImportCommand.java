package vn.plantrack.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.plantrack.ingest.UnreadableDocumentException;
import vn.plantrack.registry.DocumentImport;
import vn.plantrack.registry.ImportResult;
import vn.plantrack.registry.PlanConfirmation;
import vn.plantrack.registry.PlanReview;

@Command(name = "import", mixinStandardHelpOptions = true,
		description = "Store documents in the configured database (the same bytes are stored once).")
class ImportCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to import (.txt .md .docx .doc .pdf)")
	List<Path> files;

	@Option(names = "--confirm", description = "Also register the extracted plan (tasks, indicators, relations) as is")
	boolean confirm;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		for (Path file : files) {
			if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
				spec.commandLine().getErr().println(file + ": no such readable file");
				return 1;
			}
		}
		if (Preflight.refusesDatabaseCommand(spec.commandLine().getErr())) {
			return 1;
		}
		try (ConfigurableApplicationContext context = BatchContext.start(true)) {
			DocumentImport documentImport = context.getBean(DocumentImport.class);
			for (Path file : files) {
				try {
					ImportResult result = documentImport.importFile(file.getFileName().toString(), Files.readAllBytes(file),
							System.getProperty("user.name", "cli"));
					long id = result.document().id();
					spec.commandLine()
						.getOut()
						.printf("%s: %s as document %d%n", file, result.created() ? "imported" : "already stored", id);
					if (confirm) {
						PlanConfirmation.Confirmed confirmed = context.getBean(PlanReview.class)
							.confirm(id, null, System.getProperty("user.name", "cli"))
							.orElseThrow();
						spec.commandLine()
							.getOut()
							.printf("%s: %s%n", file, confirmed.changed()
									? "confirmed: " + confirmed.tasks() + " tasks, " + confirmed.indicators()
											+ " indicators, " + confirmed.relations() + " relations"
									: "already confirmed, nothing changed");
					}
				}
				catch (UnreadableDocumentException | NoSuchFileException ex) {
					spec.commandLine().getErr().println(ex.getMessage());
					return 1;
				}
			}
		}
		return 0;
	}
}
