package vn.plantrack.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.plantrack.extract.CrossDocumentReview;
import vn.plantrack.extract.CrossFinding;
import vn.plantrack.extract.Extraction;

@Command(name = "check", mixinStandardHelpOptions = true,
		description = "Report data problems in documents, also across documents (no database).")
class CheckCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents to check (.txt .md .docx .doc .pdf).")
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
				spec.commandLine().getErr().println("check: " + ex.getMessage());
				spec.commandLine().getErr().flush();
				return 1;
			}
		}
		List<Extraction> extractions = reads.stream().map(DocumentFiles.Read::extraction).toList();
		List<CrossFinding> cross = new CrossDocumentReview().check(extractions);
		if (format == OutputFormat.json) {
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("documents", ExtractionJson.list(extractions, ExtractionJson::checked));
			result.put("findings", ExtractionJson.list(cross, ExtractionJson::crossFinding));
			out.println(ExtractionJson.write(result));
		}
		else {
			for (DocumentFiles.Read read : reads) {
				TextSummary.printFindings(out, read.extraction());
			}
			out.println("== Giữa các văn bản: " + cross.size() + " phát hiện");
			for (CrossFinding finding : cross) {
				out.println("  [" + finding.kind() + "] " + finding.source() + ":" + finding.line() + " ↔ "
						+ finding.other().source() + ":" + finding.other().line() + " — " + finding.message());
			}
		}
		out.flush();
		return 0;
	}
}
