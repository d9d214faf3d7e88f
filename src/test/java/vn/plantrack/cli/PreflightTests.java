package vn.plantrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A start that cannot work stops with one line that names the problem. */
class PreflightTests {

	@TempDir
	Path temp;

	@Test
	void namesABusyPort() throws IOException {
		try (ServerSocket busy = new ServerSocket()) {
			busy.bind(new InetSocketAddress(0));
			int port = busy.getLocalPort();

			assertThat(Preflight.checkPort(port)).hasValueSatisfying(message -> assertThat(message)
				.startsWith("port " + port + " is not available")
				.contains("SERVER_PORT")
				.doesNotContain("\n"));
		}
	}

	@Test
	void refusesAPortOutOfRange() {
		assertThat(Preflight.checkPort(70000)).contains("SERVER_PORT must be a number from 0 to 65535");
		assertThat(RuntimeSettings.fromEnvironment().port()).isBetween(-1, 65535);
	}

	@Test
	void namesADataDirectoryThatIsAFile() throws IOException {
		Path file = Files.writeString(temp.resolve("not-a-dir"), "x");

		assertThat(Preflight.checkDataDir(file.resolve("data"))).hasValueSatisfying(message -> assertThat(message)
			.contains("data directory", "not-a-dir", "PLANTRACK_DATA_DIR")
			.doesNotContain("\n"));
	}

	@Test
	void acceptsAWritableDataDirectory() {
		assertThat(Preflight.checkDataDir(temp.resolve("data"))).isEmpty();
	}

	@Test
	void namesAnUnreachablePostgres() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		RuntimeSettings settings = new RuntimeSettings(temp, "jdbc:postgresql://127.0.0.1:" + closedPort + "/plantrack",
				"plantrack", "secret", 8080);

		assertThat(Preflight.checkDatabase(settings)).hasValueSatisfying(message -> assertThat(message)
			.startsWith("cannot connect to the database jdbc:postgresql://127.0.0.1:" + closedPort)
			.doesNotContain("secret")
			.doesNotContain("\n"));
	}
}
