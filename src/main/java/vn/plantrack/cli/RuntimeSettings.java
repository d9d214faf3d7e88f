package vn.plantrack.cli;

import java.nio.file.Path;

/** The settings a command needs before Spring starts, read from the same environment variables. */
record RuntimeSettings(Path dataDir, String dbUrl, String dbUser, String dbPassword, int port) {

	static RuntimeSettings fromEnvironment() {
		// the same precedence as the application: a system property, then the environment variable
		String dataDir = System.getProperty("plantrack.data-dir", env("PLANTRACK_DATA_DIR", "./data"));
		String port = env("SERVER_PORT", "8080");
		int parsedPort;
		try {
			parsedPort = Integer.parseInt(port.strip());
		}
		catch (NumberFormatException ex) {
			parsedPort = -1;
		}
		return new RuntimeSettings(Path.of(dataDir), System.getenv("PLANTRACK_DB_URL"), env("PLANTRACK_DB_USER", ""),
				env("PLANTRACK_DB_PASSWORD", ""), parsedPort);
	}

	boolean embedded() {
		return dbUrl == null || dbUrl.isBlank();
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}
}
