package vn.plantrack.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import vn.plantrack.PlanTrackApplication;
import vn.plantrack.support.TestDatabases;
import vn.plantrack.support.TestUsers;

/**
 * Two application nodes on one database, as behind a load balancer: a user who logs in on one node is
 * still logged in when the next request lands on the other (sessions live in the database). On PostgreSQL
 * when PLANTRACK_TEST_PG_URL is set, otherwise on one H2 file database.
 */
class TwoNodesTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Test
	void keepsAUserLoggedInAcrossNodes() throws Exception {
		List<String> database = database();
		try (ConfigurableApplicationContext first = node(database); ConfigurableApplicationContext second = node(database)) {
			HttpClient browser = HttpClient.newBuilder()
				.cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER)
				.build();
			String nodeA = "http://localhost:" + port(first);
			String nodeB = "http://localhost:" + port(second);

			String loginPage = browser.send(HttpRequest.newBuilder(URI.create(nodeA + "/login")).build(),
					HttpResponse.BodyHandlers.ofString()).body();
			Matcher csrf = CSRF.matcher(loginPage);
			assertThat(csrf.find()).isTrue();
			String form = "username=admin&password=" + URLEncoder.encode(TestUsers.ADMIN_PASSWORD, StandardCharsets.UTF_8)
					+ "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
			HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(nodeA + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));

			HttpResponse<String> onTheOtherNode = browser.send(
					HttpRequest.newBuilder(URI.create(nodeB + "/documents")).build(), HttpResponse.BodyHandlers.ofString());

			assertThat(onTheOtherNode.statusCode()).as("no redirect to the login page").isEqualTo(200);
			assertThat(onTheOtherNode.body()).contains("admin");
		}
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	private static ConfigurableApplicationContext node(List<String> database) {
		List<String> args = new ArrayList<>(database);
		args.add("--server.port=0");
		args.add("--PLANTRACK_ADMIN_PASSWORD=" + TestUsers.ADMIN_PASSWORD);
		args.add("--plantrack.samples.import-on-first-start=false");
		args.add("--plantrack.data-dir=target/test-data/two-nodes-" + UUID.randomUUID());
		return new SpringApplicationBuilder(PlanTrackApplication.class).run(args.toArray(String[]::new));
	}

	private static List<String> database() throws Exception {
		String url = System.getenv(TestDatabases.PG_URL_VARIABLE);
		if (url == null) {
			return List.of("--spring.datasource.url=jdbc:h2:file:./target/test-data/two-nodes-" + UUID.randomUUID()
					+ "/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
					"--spring.datasource.username=sa", "--spring.datasource.password=");
		}
		String user = System.getenv().getOrDefault("PLANTRACK_TEST_PG_USER", "postgres");
		String password = System.getenv().getOrDefault("PLANTRACK_TEST_PG_PASSWORD", "");
		String schema = "n" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE SCHEMA " + schema);
		}
		return List.of("--spring.datasource.url=" + url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
				"--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
				"--spring.flyway.default-schema=" + schema, "--spring.flyway.schemas=" + schema);
	}
}
