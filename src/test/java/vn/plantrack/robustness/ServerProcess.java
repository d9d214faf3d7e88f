package vn.plantrack.robustness;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real application in a child JVM, started the way the jar starts ({@code PlanTrackCli serve}) on the
 * test classpath, with an embedded H2 file database in {@code dataDir}; it can be killed with SIGKILL and
 * started again on the same data.
 */
final class ServerProcess implements AutoCloseable {

	static final String ADMIN_PASSWORD = "kill-Superuser-Pass-1";

	private final Path dataDir;

	private final int port;

	private Process process;

	private ServerProcess(Path dataDir, int port) {
		this.dataDir = dataDir;
		this.port = port;
	}

	static ServerProcess start(Path dataDir) throws Exception {
		ServerProcess server = new ServerProcess(dataDir, freePort());
		server.launch();
		return server;
	}

	int port() {
		return port;
	}

	/** SIGKILL: no shutdown hook, no connection pool close, no transaction finished. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	/** Starts again on the same data dir and port, as an operator restarting the service would. */
	void restart() throws Exception {
		launch();
	}

	/** SIGTERM and wait: a clean stop, so the database file is released for the checks. */
	@Override
	public void close() throws InterruptedException {
		if (process != null && process.isAlive()) {
			process.destroy();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				process.waitFor(30, TimeUnit.SECONDS);
			}
		}
	}

	/** Runs {@code plantrack ARGS} as a child process on the same data dir; returns exit code and output. */
	Cli.Run command(String... args) throws Exception {
		List<String> line = new ArrayList<>(javaCommand());
		line.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(false);
		environment(builder.environment());
		Path out = Files.createTempFile(dataDir, "cmd", ".out");
		Path err = Files.createTempFile(dataDir, "cmd", ".err");
		Process child = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		if (!child.waitFor(180, TimeUnit.SECONDS)) {
			child.destroyForcibly();
			throw new IllegalStateException("plantrack " + String.join(" ", args) + " did not finish");
		}
		return new Cli.Run(child.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
	}

	/** A JDBC connection to the H2 file; only while no server holds it. */
	Connection database() throws SQLException {
		return DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("db/plantrack").toAbsolutePath()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "");
	}

	String log() throws IOException {
		Path log = dataDir.resolve("server.log");
		return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
	}

	private void launch() throws Exception {
		List<String> line = new ArrayList<>(javaCommand());
		line.add("serve");
		ProcessBuilder builder = new ProcessBuilder(line);
		environment(builder.environment());
		builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("server.log").toFile()));
		process = builder.start();
		awaitHealthy(Duration.ofSeconds(150));
	}

	private List<String> javaCommand() {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-Dplantrack.samples.import-on-first-start=false",
				"-cp", System.getProperty("java.class.path"), "vn.plantrack.cli.PlanTrackCli");
	}

	private void environment(Map<String, String> env) {
		env.remove("PLANTRACK_DB_URL");
		env.put("PLANTRACK_DATA_DIR", dataDir.toAbsolutePath().toString());
		env.put("SERVER_PORT", Integer.toString(port));
		env.put("SERVER_ADDRESS", "127.0.0.1");
		env.put("PLANTRACK_ADMIN_PASSWORD", ADMIN_PASSWORD);
	}

	private void awaitHealthy(Duration limit) throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + limit.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the server exited with " + process.exitValue() + ":\n" + tail(log()));
			}
			try {
				HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
						+ "/actuator/health")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200 && health.body().contains("UP")) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("the server did not become healthy within " + limit + ":\n" + tail(log()));
	}

	private static String tail(String text) {
		return text.length() > 3000 ? text.substring(text.length() - 3000) : text;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}
}
