package vn.plantrack.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true,
		description = "Print the tasks, indicators, targets, agencies, citations and findings of documents (no database).")
class ExtractCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents to read (.txt .md .docx .doc .pdf).")
	List<Path> files;

	@Option(names = "--format", defaultValue = "json", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
	OutputFormat format;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		List<DocumentFiles.Read> reads = new ArrayList<>();
		for (Path file : files) {
			try {
				reads.add(DocumentFiles.read(file));
			}
			catch (DocumentFiles.BadInput ex) {
				spec.commandLine().getErr().println("extract: " + ex.getMessage());
				spec.commandLine().getErr().flush();
				return 1;
			}
		}
		if (format == OutputFormat.json) {
			List<Map<String, Object>> documents = new ArrayList<>();
			for (DocumentFiles.Read read : reads) {
				documents.add(ExtractionJson.extraction(read.extraction()));
			}
			ExtractionJson.write(out, documents);
			out.println();
		}
		else {
			for (DocumentFiles.Read read : reads) {
				read.printText(out);
				out.println();
				TextSummary.print(out, read.extraction());
			}
		}
		out.flush();
		return 0;
	}
}
