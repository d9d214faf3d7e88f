package vn.plantrack.cli;

import java.util.concurrent.Callable;

import org.springframework.boot.SpringApplication;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.plantrack.PlanTrackApplication;

@Command(name = "serve", mixinStandardHelpOptions = true,
		description = "Serve the web application (port from SERVER_PORT, default 8080).")
class ServeCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		RuntimeSettings settings = RuntimeSettings.fromEnvironment();
		var problem = Preflight.check(settings, true);
		if (problem.isPresent()) {
			spec.commandLine().getErr().println("plantrack: " + problem.get());
			return 1;
		}
		try {
			SpringApplication app = new SpringApplication(PlanTrackApplication.class);
			app.setLogStartupInfo(false);
			// only the served application confirms the first-start samples (tests keep them as drafts)
			app.setDefaultProperties(java.util.Map.of("plantrack.samples.confirm", "true"));
			app.run();
			return PlanTrackCli.KEEP_RUNNING;
		}
		catch (RuntimeException ex) {
			spec.commandLine().getErr().println("plantrack: cannot start: " + Failures.oneLine(ex));
			return 1;
		}
	}
}
