package vn.plantrack.cli;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import vn.plantrack.PlanTrackApplication;

/** The application without its web server, for commands that work on the configured database. */
final class BatchContext {

	private BatchContext() {
	}

	/** Starts the context; {@code firstStartData} decides whether the admin user and samples may be created. */
	static ConfigurableApplicationContext start(boolean firstStartData) {
		SpringApplication app = new SpringApplication(PlanTrackApplication.class);
		app.setWebApplicationType(WebApplicationType.NONE);
		app.setLogStartupInfo(false);
		// as command-line arguments: they win over application.properties (default properties would not)
		return app.run("--plantrack.samples.import-on-first-start=false",
				"--plantrack.bootstrap.admin=" + firstStartData);
	}
}
