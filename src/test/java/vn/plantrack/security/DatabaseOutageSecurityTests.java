package vn.plantrack.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.plantrack.registry.Role;
import vn.plantrack.registry.UserAccounts;
import vn.plantrack.reporting.ApiTokens;
import vn.plantrack.support.TestUsers;

/**
 * A real database outage during sign-in: the application's H2 database is served over TCP by a server this test
 * stops (the sockets close, the connection pool cannot get a connection within its timeout) and starts again.
 * During the outage a sign-in is answered 503 (API: problem detail; login form: a page saying the system cannot
 * reach its database), never 401 "wrong password", and no attempt counts towards the account's lockout.
 */
@SpringBootTest(properties = { "plantrack.samples.import-on-first-start=false",
		"spring.datasource.hikari.connection-timeout=1500", "spring.datasource.hikari.validation-timeout=1000" })
@AutoConfigureMockMvc
class DatabaseOutageSecurityTests {

	/** In the port range of this work (18500-18549). */
	static final int PORT = 18517;

	/** An H2 file database (it outlives the server's stop), in a directory of its own. */
	static final String DIRECTORY = "target/test-data/outage-" + UUID.randomUUID();

	static final String SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

	static final String USER = "outage-monitor";

	static final String PASSWORD = "Outage-Password-2026";

	static Server server;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts users;

	@Autowired
	ApiTokens tokens;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) throws SQLException {
		startServer();
		registry.add("spring.datasource.url", () -> "jdbc:h2:tcp://127.0.0.1:" + PORT + "/./db" + SETTINGS);
		registry.add("spring.datasource.username", () -> "sa");
		registry.add("spring.datasource.password", () -> "");
		registry.add("plantrack.data-dir", () -> "target/test-data/" + UUID.randomUUID());
		registry.add("PLANTRACK_ADMIN_PASSWORD", () -> TestUsers.ADMIN_PASSWORD);
		registry.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
	}

	@AfterAll
	static void stopServer() {
		if (server != null) {
			server.stop();
		}
	}

	@Autowired
	DataSource dataSource;

	@BeforeEach
	void anAccountWithNoFailedLogins() throws Exception {
		databaseBack();
		if (users.account(USER).isEmpty()) {
			users.create(USER, PASSWORD, Role.MONITOR, null, "test");
		}
		// a good sign-in resets the counter another test may have raised
		assertThat(api(PASSWORD).getStatus()).isEqualTo(200);
		assertThat(failedLogins()).isZero();
	}

	@Test
	void withTheDatabaseUpAWrongPasswordIsAnswered401AndCounted() throws Exception {
		MockHttpServletResponse response = api("Wrong-Password-2026");

		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getHeader("WWW-Authenticate")).startsWith("Basic");
		assertThat(failedLogins()).isEqualTo(1);
	}

	@Test
	void withTheDatabaseUnreachableTheApiAnswers503WithAVietnameseProblemDetail() throws Exception {
		server.stop();
		try {
			for (String password : new String[] { PASSWORD, "Wrong-Password-2026" }) {
				MockHttpServletResponse response = api(password);

				assertThat(response.getStatus()).as("password " + password).isEqualTo(503);
				assertThat(response.getContentType()).startsWith("application/problem+json");
				assertThat(response.getHeader("Retry-After")).isEqualTo("30");
				assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("\"status\":503")
					.contains("\"detail\":\"Hệ thống tạm thời không kết nối được cơ sở dữ liệu nên chưa kiểm tra được "
							+ "thông tin đăng nhập; vui lòng thử lại sau ít phút.\"");
			}
		}
		finally {
			databaseBack();
		}
	}

	@Test
	void withTheDatabaseUnreachableAnApiTokenCallAnswers503NotAServerError() throws Exception {
		// a token never used yet, so this node has not remembered it and must ask the database
		String token = tokens.create(USER, "outage-" + UUID.randomUUID(), "READ").token();
		server.stop();
		try {
			MockHttpServletResponse response = mvc.perform(get("/api/ping").header("Authorization", "Bearer " + token))
				.andReturn()
				.getResponse();

			assertThat(response.getStatus()).isEqualTo(503);
			assertThat(response.getContentType()).startsWith("application/problem+json");
			assertThat(response.getHeader("Retry-After")).isEqualTo("30");
			assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("không kết nối được cơ sở dữ liệu");
		}
		finally {
			databaseBack();
		}
	}

	@Test
	void withTheDatabaseUnreachableTheLoginFormSaysSoWith503() throws Exception {
		server.stop();
		try {
			MockHttpServletResponse login = mvc.perform(formLogin("/login").user(USER).password(PASSWORD))
				.andReturn()
				.getResponse();
			assertThat(login.getStatus()).isEqualTo(302);
			assertThat(login.getRedirectedUrl()).isEqualTo("/login?unavailable");

			MockHttpServletResponse page = mvc.perform(get("/login?unavailable")).andReturn().getResponse();
			String html = page.getContentAsString(StandardCharsets.UTF_8);
			assertThat(page.getStatus()).isEqualTo(503);
			assertThat(html).contains("Hệ thống tạm thời không kết nối được cơ sở dữ liệu")
				.contains("Vui lòng thử lại sau ít phút")
				.doesNotContain("Sai tên đăng nhập hoặc mật khẩu")
				.doesNotContain("type=\"password\"");
		}
		finally {
			databaseBack();
		}
	}

	@Test
	void signInsDuringTheOutageDoNotCountTowardsTheLockout() throws Exception {
		server.stop();
		try {
			// more than the five wrong passwords that lock an account (LoginAttempts.MAX_FAILURES)
			for (int i = 0; i < 7; i++) {
				assertThat(api("Wrong-Password-" + i + "-x").getStatus()).isEqualTo(503);
			}
		}
		finally {
			databaseBack();
		}

		assertThat(failedLogins()).isZero();
		assertThat(lockedUntil()).isNull();
		assertThat(api(PASSWORD).getStatus()).isEqualTo(200);
	}

	@Test
	void theFormStillSaysWrongPasswordWhenTheDatabaseIsUp() throws Exception {
		MockHttpServletResponse login = mvc.perform(formLogin("/login").user(USER).password("Wrong-Password-2026"))
			.andReturn()
			.getResponse();

		assertThat(login.getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(failedLogins()).isEqualTo(1);
	}

	private MockHttpServletResponse api(String password) throws Exception {
		return mvc.perform(get("/api/documents").with(httpBasic(USER, password))).andReturn().getResponse();
	}

	/**
	 * The server again, and the pool's connections broken by the outage replaced now rather than when the pool next
	 * validates them (H2's "database closed" error is not one Hikari recognises as a dead connection).
	 */
	private void databaseBack() throws SQLException {
		startServer();
		dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
	}

	private static synchronized void startServer() throws SQLException {
		if (server != null && server.isRunning(false)) {
			return;
		}
		server = Server.createTcpServer("-tcpPort", Integer.toString(PORT), "-ifNotExists", "-baseDir", DIRECTORY)
			.start();
	}

	/** Read through the (running) server, not through the application. */
	private static int failedLogins() throws SQLException {
		return (Integer) column("failed_logins");
	}

	private static Object lockedUntil() throws SQLException {
		return column("locked_until");
	}

	private static Object column(String name) throws SQLException {
		try (Connection connection = DriverManager.getConnection("jdbc:h2:tcp://127.0.0.1:" + PORT + "/./db" + SETTINGS,
				"sa", "");
				ResultSet rs = connection.createStatement()
					.executeQuery("SELECT " + name + " FROM app_user WHERE username = '" + USER + "'")) {
			rs.next();
			return rs.getObject(1);
		}
	}
}
