package vn.plantrack.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.plantrack.PlanTrackApplication;
import vn.plantrack.reporting.PlanReports;
import vn.plantrack.reporting.ReportCycle;
import vn.plantrack.reporting.ReportFormat;

@Command(name = "report", mixinStandardHelpOptions = true,
		description = "Write the consolidated report of a stored plan for one cycle (DOCX, PDF or XLSX).")
class ReportCommand implements Callable<Integer> {

	@Option(names = "--plan", required = true, paramLabel = "SYMBOL", description = "The plan's symbol, e.g. 14-CTr/TU")
	String plan;

	@Option(names = "--cycle", required = true, paramLabel = "CYCLE",
			description = "2026-H1, 2026-H2, 2026 (year), 2026-06 (month) or midterm")
	String cycle;

	@Option(names = "--format", defaultValue = "docx", paramLabel = "FORMAT", description = "docx, pdf or xlsx")
	String format;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "FILE", description = "Where to write the report")
	Path output;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		ReportFormat reportFormat;
		try {
			reportFormat = ReportFormat.parse(format);
			// checked before Spring starts so a typo costs nothing; midterm needs the plan's term, checked later
			if (!"midterm".equalsIgnoreCase(cycle.strip())) {
				ReportCycle.parse(cycle, null);
			}
		}
		catch (IllegalArgumentException ex) {
			spec.commandLine().getErr().println("report: " + ex.getMessage());
			return 1;
		}
		Path parent = output.toAbsolutePath().getParent();
		if (parent != null && !Files.isDirectory(parent)) {
			spec.commandLine().getErr().println(output + ": the folder does not exist");
			return 1;
		}
		if (Preflight.refusesDatabaseCommand(spec.commandLine().getErr())) {
			return 1;
		}
		SpringApplication app = new SpringApplication(PlanTrackApplication.class);
		app.setWebApplicationType(WebApplicationType.NONE);
		app.setLogStartupInfo(false);
		app.setDefaultProperties(Map.of("plantrack.samples.import-on-first-start", "false"));
		try (ConfigurableApplicationContext context = app.run()) {
			PlanReports reports = context.getBean(PlanReports.class);
			Optional<Long> document = reports.findPlan(plan);
			if (document.isEmpty()) {
				spec.commandLine().getErr().println("report: no stored plan has the symbol '" + plan + "'");
				return 1;
			}
			long started = System.nanoTime();
			Optional<PlanReports.Rendered> rendered;
			try {
				rendered = reports.render(document.get(), cycle, reportFormat);
			}
			catch (IllegalArgumentException ex) {
				spec.commandLine().getErr().println("report: " + ex.getMessage());
				return 1;
			}
			Files.write(output, rendered.orElseThrow().content());
			spec.commandLine()
				.getOut()
				.printf("%s: %s report of %s, cycle %s (%d ms)%n", output, reportFormat.extension(), plan, cycle,
						(System.nanoTime() - started) / 1_000_000);
		}
		return 0;
	}
}
