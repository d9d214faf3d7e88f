package vn.plantrack.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.plantrack.registry.DocumentImport;
import vn.plantrack.registry.PlanConfirmation;
import vn.plantrack.registry.Role;
import vn.plantrack.registry.UserAccounts;
import vn.plantrack.reporting.export.ReportFixture;

/**
 * API tokens for other systems over real HTTP: a READ token reads but cannot write, a WRITE token acts as
 * its user, a revoked or made-up token is refused, and tokens cannot mint tokens. Runs on H2 and PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "plantrack.samples.import-on-first-start=false")
abstract class TokenApiIntegrationTests {

	static final String PASSWORD = "mat-khau-thu-nghiem-2";

	@LocalServerPort
	int port;

	@Autowired
	DocumentImport documentImport;

	@Autowired
	PlanConfirmation confirmation;

	@Autowired
	UserAccounts users;

	@Autowired
	JdbcClient jdbc;

	long plan;

	String monitor;

	@BeforeEach
	void aPlanAndAMonitor() throws Exception {
		plan = ReportFixture.aConfirmedPlanWithProgressAndObservations(documentImport, confirmation, jdbc,
				java.time.Instant.parse("2026-07-10T03:00:00Z"));
		monitor = "monitor-" + UUID.randomUUID().toString().substring(0, 8);
		users.create(monitor, PASSWORD, Role.MONITOR, null, "test");
	}

	@Test
	void letsAReadTokenReadButNotWrite() {
		String token = create("READ");

		assertThat(bearer("GET", "/api/documents/" + plan + "/report?cycle=2026-H1&format=xlsx", token).statusCode())
			.isEqualTo(200);
		HttpResponse<String> write = bearer("POST", "/api/agencies/" + anyAgency() + "/calendar-feeds", token);
		assertThat(write.statusCode()).isEqualTo(403);
		assertThat(write.body()).contains("READ");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM calendar_feed WHERE created_by = ?").param(monitor)
			.query(Long.class).single()).isZero();
	}

	@Test
	void letsAWriteTokenActAsItsUser() {
		String token = create("WRITE");

		HttpResponse<String> write = bearer("POST", "/api/agencies/" + anyAgency() + "/calendar-feeds", token);

		assertThat(write.statusCode()).isEqualTo(201);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM calendar_feed WHERE created_by = ?").param(monitor)
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void refusesARevokedTokenAndAMadeUpOne() {
		String token = create("READ");
		long id = jdbc.sql("SELECT MAX(id) FROM api_token WHERE username = ?").param(monitor).query(Long.class).single();
		assertThat(bearer("GET", "/api/tokens", token).statusCode()).isEqualTo(200);

		assertThat(basic("DELETE", "/api/tokens/" + id, null).statusCode()).isEqualTo(204);

		assertThat(bearer("GET", "/api/tokens", token).statusCode()).isEqualTo(401);
		assertThat(bearer("GET", "/api/tokens", "ptk_" + "x".repeat(43)).statusCode()).isEqualTo(401);
	}

	@Test
	void doesNotLetATokenMintTokensAndStoresOnlyTheHash() {
		String token = create("WRITE");

		assertThat(bearer("POST", "/api/tokens", token, "{\"name\":\"copy\",\"scope\":\"WRITE\"}").statusCode())
			.isEqualTo(403);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_hash = ?").param(token).query(Long.class)
			.single()).isZero();
		assertThat(basic("POST", "/api/tokens", "{\"name\":\"x\",\"scope\":\"ADMIN\"}").statusCode()).isEqualTo(400);
	}

	private long anyAgency() {
		return jdbc.sql("SELECT MIN(id) FROM agency").query(Long.class).single();
	}

	private String create(String scope) {
		HttpResponse<String> created = basic("POST", "/api/tokens",
				"{\"name\":\"Hệ thống báo cáo tỉnh\",\"scope\":\"" + scope + "\"}");
		assertThat(created.statusCode()).isEqualTo(201);
		return created.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
	}

	private HttpResponse<String> basic(String method, String path, String json) {
		return send(method, path, "Basic " + Base64.getEncoder()
			.encodeToString((monitor + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)), json);
	}

	private HttpResponse<String> bearer(String method, String path, String token) {
		return send(method, path, "Bearer " + token, null);
	}

	private HttpResponse<String> bearer(String method, String path, String token, String json) {
		return send(method, path, "Bearer " + token, json);
	}

	private HttpResponse<String> send(String method, String path, String authorization, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", authorization)
			.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		try {
			return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}
}
