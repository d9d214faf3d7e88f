package vn.plantrack.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Checks what most often stops a start, before Spring does, so the user gets one line naming the
 * problem: an unusable data directory, a bad or busy port, an unreachable PostgreSQL.
 */
final class Preflight {

	private Preflight() {
	}

	static Optional<String> check(RuntimeSettings settings, boolean needsPort) {
		Optional<String> problem = checkDataDir(settings.dataDir());
		if (problem.isEmpty() && needsPort) {
			problem = checkPort(settings.port());
		}
		if (problem.isEmpty() && !settings.embedded()) {
			problem = checkDatabase(settings);
		}
		return problem;
	}

	/**
	 * For commands that work on the configured database: prints the problem in one line and returns true when
	 * the command cannot start.
	 */
	static boolean refusesDatabaseCommand(java.io.PrintWriter err) {
		Optional<String> problem = check(RuntimeSettings.fromEnvironment(), false);
		problem.ifPresent(text -> err.println("plantrack: " + text));
		return problem.isPresent();
	}

	static Optional<String> checkDataDir(Path dataDir) {
		try {
			Files.createDirectories(dataDir);
		}
		catch (IOException | SecurityException ex) {
			return Optional.of("data directory " + dataDir.toAbsolutePath().normalize() + " cannot be created ("
					+ Failures.oneLine(ex) + "); set PLANTRACK_DATA_DIR to a writable folder");
		}
		if (!Files.isDirectory(dataDir) || !Files.isWritable(dataDir) || !Files.isReadable(dataDir)) {
			return Optional.of("data directory " + dataDir.toAbsolutePath().normalize()
					+ " is not a readable and writable folder; set PLANTRACK_DATA_DIR to a writable folder");
		}
		return Optional.empty();
	}

	static Optional<String> checkPort(int port) {
		if (port < 0 || port > 65535) {
			return Optional.of("SERVER_PORT must be a number from 0 to 65535");
		}
		if (port == 0) {
			return Optional.empty();
		}
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(port));
			return Optional.empty();
		}
		catch (IOException ex) {
			return Optional.of("port " + port + " is not available (" + Failures.oneLine(ex)
					+ "); stop the other program or set SERVER_PORT");
		}
	}

	static Optional<String> checkDatabase(RuntimeSettings settings) {
		DriverManager.setLoginTimeout(10);
		try (Connection ignored = DriverManager.getConnection(settings.dbUrl(), settings.dbUser(),
				settings.dbPassword())) {
			return Optional.empty();
		}
		catch (SQLException ex) {
			return Optional.of("cannot connect to the database " + settings.dbUrl() + ": " + Failures.oneLine(ex));
		}
	}
}
