package vn.plantrack.cli;

import java.util.HashMap;
import java.util.Map;

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
		Map<String, Object> defaults = new HashMap<>();
		defaults.put("plantrack.samples.import-on-first-start", "false");
		defaults.put("plantrack.bootstrap.admin", Boolean.toString(firstStartData));
		app.setDefaultProperties(defaults);
		return app.run();
	}
}
