package vn.plantrack.web;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** One line at startup: where to point the browser, which database, where the data lives. */
@Component
class StartupReport {

	private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

	private final String datasourceUrl;

	private final Path dataDir;

	StartupReport(@Value("${spring.datasource.url}") String datasourceUrl, @Value("${plantrack.data-dir}") Path dataDir) {
		this.datasourceUrl = datasourceUrl;
		this.dataDir = dataDir;
	}

	@EventListener
	void onReady(ApplicationReadyEvent event) {
		if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
			return;
		}
		int port = web.getWebServer().getPort();
		String database = datasourceUrl.startsWith("jdbc:postgresql") ? "PostgreSQL " + redact(datasourceUrl)
				: "embedded H2 " + redact(datasourceUrl);
		log.info("PlanTrack ready at http://localhost:{} — database: {} — data directory: {}", port, database,
				dataDir.toAbsolutePath().normalize());
	}

	private static String redact(String url) {
		return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
	}
}
