package vn.plantrack.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.plantrack.registry.Role;
import vn.plantrack.registry.UserAccounts;
import vn.plantrack.support.TestDatabases;
import vn.plantrack.support.TestUsers;

/**
 * The browser-facing defences over real HTTP: CSRF tokens on page forms, a new session id at login, session
 * cookie flags (Secure switched on here as it is behind HTTPS with PLANTRACK_COOKIE_SECURE=true), security
 * headers and a CSP the pages comply with, and the password policy on the account pages and the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "plantrack.samples.import-on-first-start=false", "PLANTRACK_COOKIE_SECURE=true" })
class WebSecurityTests {

	static final String MONITOR = "giamsat.web";

	static final String MONITOR_PASSWORD = "Giam-sat-Ke-hoach-2026";

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts users;

	@Autowired
	JdbcClient jdbc;

	Browser browser;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

	@BeforeEach
	void monitorAccount() {
		browser = new Browser(port);
		if (users.account(MONITOR).isEmpty()) {
			users.create(MONITOR, MONITOR_PASSWORD, Role.MONITOR, null, "test");
		}
	}

	@Test
	void aPageFormPostedWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
		browser.logIn("admin", TestUsers.ADMIN_PASSWORD);
		long before = userCount();

		HttpResponse<String> forged = browser.post("/admin/users",
				Map.of("username", "ke.gia.mao", "password", "Mat-khau-gia-mao-2026", "role", "ADMIN"), null);

		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(userCount()).isEqualTo(before);
		// the same form with its token goes through: the refusal was the missing token
		HttpResponse<String> genuine = browser.post("/admin/users",
				Map.of("username", "ke.that", "password", "Mat-khau-that-2026", "role", "MONITOR"),
				browser.csrfOf("/admin/users"));
		assertThat(genuine.statusCode()).isEqualTo(302);
		assertThat(userCount()).isEqualTo(before + 1);
	}

	@Test
	void loggingInIssuesANewSessionIdAndTheOldOneStaysAnonymous() {
		browser.get("/login");
		String beforeLogin = browser.session();
		assertThat(beforeLogin).as("the login form opens a session for its CSRF token").isNotNull();

		HttpResponse<String> login = browser.logIn(MONITOR, MONITOR_PASSWORD);

		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
		assertThat(browser.session()).isNotNull().isNotEqualTo(beforeLogin);
		assertThat(browser.get("/overview").statusCode()).isEqualTo(200);
		// an attacker who planted the pre-login id gets nothing from it
		Browser attacker = new Browser(port);
		attacker.cookies.put("SESSION", beforeLogin);
		HttpResponse<String> planted = attacker.get("/overview");
		assertThat(planted.statusCode()).isEqualTo(302);
		assertThat(planted.headers().firstValue("Location").orElse("")).endsWith("/login");
	}

	@Test
	void theSessionCookieIsHttpOnlySameSiteAndSecure() {
		HttpResponse<String> form = browser.get("/login");

		List<String> cookies = Browser.setCookies(form);
		assertThat(cookies).isNotEmpty();
		String session = cookies.stream().filter(c -> c.startsWith("SESSION=")).findFirst().orElse(cookies.get(0));
		assertThat(session).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax").containsIgnoringCase("Secure");
	}

	@Test
	void pagesAndApiAnswersCarryTheSecurityHeaders() {
		browser.logIn(MONITOR, MONITOR_PASSWORD);
		for (HttpResponse<String> response : List.of(browser.get("/login"), browser.get("/overview"),
				api("GET", "/api/documents", MONITOR, MONITOR_PASSWORD, null))) {
			var headers = response.headers();
			assertThat(headers.firstValue("Content-Security-Policy").orElse("")).as(response.uri().toString())
				.contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'",
						"frame-ancestors 'none'")
				.doesNotContain("unsafe-inline", "unsafe-eval");
			assertThat(headers.firstValue("X-Frame-Options")).as(response.uri().toString()).hasValue("DENY");
			assertThat(headers.firstValue("X-Content-Type-Options")).as(response.uri().toString()).hasValue("nosniff");
			assertThat(headers.firstValue("Referrer-Policy")).as(response.uri().toString()).hasValue("same-origin");
		}
	}

	/** An error says what went wrong in the user's language, inside the application's layout, naming no framework. */
	@Test
	void aMissingPlanOrABadAddressGetsTheApplicationsOwnErrorPage() {
		browser.logIn(MONITOR, MONITOR_PASSWORD);
		HttpResponse<String> missing = browser.get("/plans/999999");
		HttpResponse<String> letters = browser.get("/tasks/abc");
		HttpResponse<String> forbidden = browser.get("/admin/users"); // ADMIN only
		// the language chosen stays with the session: asked last
		HttpResponse<String> english = browser.get("/plans/999999?lang=en");

		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("Không thực hiện được yêu cầu", "Không tìm thấy trang hoặc mục được yêu cầu",
				"href=\"/overview\"", "Đăng xuất");
		assertThat(letters.statusCode()).isEqualTo(400);
		assertThat(letters.body()).contains("Địa chỉ có tham số không hợp lệ");
		assertThat(english.statusCode()).isEqualTo(404);
		assertThat(english.body()).contains("The page or item was not found");
		assertThat(forbidden.statusCode()).isEqualTo(403);
		assertThat(forbidden.body()).contains("Bạn không có quyền xem trang này.");
		for (HttpResponse<String> page : List.of(missing, letters, english, forbidden)) {
			assertThat(page.body()).doesNotContain("Whitelabel", "springframework", "Exception", "at vn.plantrack");
		}
		// an API caller still gets JSON
		HttpResponse<String> api = api("GET", "/api/tasks/999999", MONITOR, MONITOR_PASSWORD, null);
		assertThat(api.statusCode()).isEqualTo(404);
		assertThat(api.headers().firstValue("Content-Type").orElse("")).contains("json");
	}

	/** A strict CSP only helps if the pages need nothing it forbids: no inline script, style or handler. */
	@Test
	void pagesUseNoInlineScriptStyleOrEventHandlerTheirPolicyWouldBlock() {
		browser.logIn("admin", TestUsers.ADMIN_PASSWORD);
		for (String page : List.of("/", "/overview", "/documents", "/documents/upload", "/agencies", "/search?q=x",
				"/findings", "/admin/users", "/audit", "/account/password")) {
			// comments are not run: one explains why htmx's own inline <style> is switched off
			String html = browser.get(page).body().replaceAll("(?s)<!--.*?-->", "");
			assertThat(html).as(page).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>")
				.doesNotContainPattern("\\sstyle=\"")
				.doesNotContainPattern("\\son[a-z]+=\"")
				.doesNotContainPattern("<style");
		}
		Browser anonymous = new Browser(port);
		assertThat(anonymous.get("/login").body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>")
			.doesNotContainPattern("\\sstyle=\"");
	}

	@Test
	void anAdminCannotGiveANewAccountAWeakPasswordAndIsToldWhichRule() {
		browser.logIn("admin", TestUsers.ADMIN_PASSWORD);
		Map<String, String> refusals = Map.of(
				"Ngan-1", "Mật khẩu phải có ít nhất 12 ký tự.",
				"chuthuongdaiquadi", "Mật khẩu phải có ít nhất hai loại ký tự",
				"Pw-canbo.sotaichinh-1", "Mật khẩu không được trùng hoặc chứa tên đăng nhập.",
				"Password1234", "Mật khẩu này quá phổ biến");
		for (var refusal : refusals.entrySet()) {
			HttpResponse<String> page = browser.post("/admin/users", Map.of("username", "canbo.sotaichinh", "password",
					refusal.getKey(), "role", "MONITOR"), browser.csrfOf("/admin/users"));
			assertThat(page.statusCode()).as(refusal.getKey()).isEqualTo(200);
			assertThat(page.body()).as(refusal.getKey()).contains(refusal.getValue());
		}
		assertThat(users.account("canbo.sotaichinh")).isEmpty();
	}

	@Test
	void aUserChangesItsPasswordOnThePageOnlyToOneThePolicyAccepts() {
		String user = "baocao.trang";
		users.create(user, "Bao-cao-Trang-2026", Role.LEADER, null, "test");
		browser.logIn(user, "Bao-cao-Trang-2026");

		HttpResponse<String> weak = browser.post("/account/password",
				Map.of("currentPassword", "Bao-cao-Trang-2026", "newPassword", "123456789012"),
				browser.csrfOf("/account/password"));
		assertThat(weak.statusCode()).isEqualTo(200);
		assertThat(weak.body()).contains("Mật khẩu phải có ít nhất hai loại ký tự");
		HttpResponse<String> wrongCurrent = browser.post("/account/password",
				Map.of("currentPassword", "Doan-sai-mat-khau-1", "newPassword", "Mot-mat-khau-moi-2027"),
				browser.csrfOf("/account/password"));
		assertThat(wrongCurrent.body()).contains("Mật khẩu hiện tại không đúng.");

		HttpResponse<String> good = browser.post("/account/password",
				Map.of("currentPassword", "Bao-cao-Trang-2026", "newPassword", "Mot-mat-khau-moi-2027"),
				browser.csrfOf("/account/password"));
		assertThat(good.statusCode()).isEqualTo(302);
		assertThat(new Browser(port).logIn(user, "Mot-mat-khau-moi-2027").headers().firstValue("Location").orElse(""))
			.doesNotContain("error");
		assertThat(auditCount("USER_PASSWORD_CHANGED", user)).isEqualTo(1);
	}

	@Test
	void anApiClientChangesItsPasswordOnlyToOneThePolicyAccepts() {
		String user = "api.lanhdao";
		users.create(user, "Lanh-dao-Tinh-2026", Role.LEADER, null, "test");

		HttpResponse<String> containsName = api("POST", "/api/account/password", user, "Lanh-dao-Tinh-2026",
				"{\"currentPassword\":\"Lanh-dao-Tinh-2026\",\"newPassword\":\"API.LanhDao-2027\"}");
		assertThat(containsName.statusCode()).isEqualTo(400);
		assertThat(containsName.body()).contains("Mật khẩu không được trùng hoặc chứa tên đăng nhập.");
		HttpResponse<String> good = api("POST", "/api/account/password", user, "Lanh-dao-Tinh-2026",
				"{\"currentPassword\":\"Lanh-dao-Tinh-2026\",\"newPassword\":\"Ke-hoach-Son-La-2027\"}");
		assertThat(good.statusCode()).isEqualTo(204);

		assertThat(api("GET", "/api/documents", user, "Lanh-dao-Tinh-2026", null).statusCode()).isEqualTo(401);
		assertThat(api("GET", "/api/documents", user, "Ke-hoach-Son-La-2027", null).statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> api(String method, String path, String user, String password, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
			.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		try {
			return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long userCount() {
		return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
	}

	private long auditCount(String action, String user) {
		return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = ? AND entity_id = ?")
			.params(action, user)
			.query(Long.class)
			.single();
	}
}
