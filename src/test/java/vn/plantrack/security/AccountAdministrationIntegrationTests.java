package vn.plantrack.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.plantrack.registry.AccountAdministration;
import vn.plantrack.registry.AccountChangeRefusedException;
import vn.plantrack.registry.Agencies;
import vn.plantrack.registry.Localities;
import vn.plantrack.registry.Role;
import vn.plantrack.registry.UserAccounts;
import vn.plantrack.reporting.ApiTokens;
import vn.plantrack.support.TestUsers;

/**
 * An ADMIN disables, enables, re-roles and resets accounts, by page and by API, over real HTTP: a disabled official
 * can no longer sign in (form, HTTP Basic) nor use an API token, and an open session is sent to the login form; the
 * office cannot lock itself out (self, last ADMIN); a REPORTER needs an agency; other roles are refused and change
 * nothing; every change is audited with its actor and without the password. Runs on H2 and PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "plantrack.samples.import-on-first-start=false")
abstract class AccountAdministrationIntegrationTests {

	static final String PASSWORD = "Official-Password-2026";

	static final String NEW_PASSWORD = "Quen-Mat-Khau-2027";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts users;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Agencies agencies;

	@Autowired
	Localities localities;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	long finance;

	@BeforeEach
	void anAgency() {
		finance = agencies.idFor(localities.idFor("Sơn La"), "Sở Tài chính");
	}

	@Test
	void aDisabledOfficialCannotSignInByFormOrBasicAndTheirTokenIsRefused() {
		String official = account(Role.MONITOR, null);
		String token = tokens.create(official, "máy chủ thống kê", "READ").token();
		// the token is remembered by this node after its first call
		assertThat(bearer("GET", "/api/cycles", token).statusCode()).isEqualTo(200);
		assertThat(basic("GET", "/api/cycles", official, PASSWORD, null).statusCode()).isEqualTo(200);

		HttpResponse<String> disabled = basic("POST", "/api/users/" + official + "/disable", "admin",
				TestUsers.ADMIN_PASSWORD, null);

		assertThat(disabled.statusCode()).isEqualTo(200);
		assertThat(disabled.body()).contains("\"enabled\":false");
		assertThat(basic("GET", "/api/cycles", official, PASSWORD, null).statusCode()).isEqualTo(401);
		assertThat(bearer("GET", "/api/cycles", token).statusCode()).isEqualTo(401);
		HttpResponse<String> form = new Browser(port).logIn(official, PASSWORD);
		assertThat(form.headers().firstValue("Location").orElse("")).endsWith("/login?error");

		// enabled again, the same password works
		assertThat(basic("POST", "/api/users/" + official + "/enable", "admin", TestUsers.ADMIN_PASSWORD, null)
			.statusCode()).isEqualTo(200);
		assertThat(basic("GET", "/api/cycles", official, PASSWORD, null).statusCode()).isEqualTo(200);
	}

	@Test
	void theOpenSessionOfAnOfficialDisabledOnThePageIsSentToTheLoginForm() {
		String official = account(Role.REPORTER, finance);
		Browser theirs = new Browser(port);
		theirs.logIn(official, PASSWORD);
		assertThat(theirs.get("/my-work").statusCode()).isEqualTo(200);
		Browser admin = adminBrowser();

		HttpResponse<String> done = admin.post("/admin/users/" + official + "/enabled", Map.of("enabled", "false"),
				admin.csrfOf("/admin/users/" + official));

		assertThat(done.headers().firstValue("Location").orElse("")).endsWith("/admin/users/" + official);
		assertThat(admin.get("/admin/users/" + official).body()).contains("Đã khóa tài khoản " + official + ".")
			.contains("Mở lại tài khoản");
		HttpResponse<String> after = theirs.get("/my-work");
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location").orElse("")).endsWith("/login");
		assertThat(sessionsOf(official)).isZero();
		assertThat(enabled(official)).isFalse();
		// the disabled account keeps its name: creating it again is refused on the form, not a server error
		HttpResponse<String> again = admin.post("/admin/users", Map.of("username", official, "password", PASSWORD,
				"role", "MONITOR"), admin.csrfOf("/admin/users"));
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).contains("Tên đăng nhập " + official + " đã được dùng.");
	}

	@Test
	void anAdminCannotDisableItselfNorTheLastEnabledAdmin() {
		HttpResponse<String> self = basic("POST", "/api/users/admin/disable", "admin", TestUsers.ADMIN_PASSWORD, null);
		assertThat(self.statusCode()).isEqualTo(409);
		assertThat(self.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(self.body()).contains("\"field\":\"username\"")
			.contains("Không thể tự khóa hoặc tự đổi vai trò của tài khoản đang đăng nhập");

		Browser admin = adminBrowser();
		HttpResponse<String> page = admin.post("/admin/users/admin/enabled", Map.of("enabled", "false"),
				admin.csrfOf("/admin/users/admin"));
		assertThat(page.statusCode()).isEqualTo(422);
		assertThat(page.body()).contains("Không thể tự khóa hoặc tự đổi vai trò của tài khoản đang đăng nhập");

		// no other ADMIN enabled: the last one can be neither disabled nor demoted, whoever asks
		jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE role = 'ADMIN' AND username <> 'admin'").update();
		AccountChangeRefusedException last = catchThrowableOfType(AccountChangeRefusedException.class,
				() -> accounts.setEnabled("admin", false, "system"));
		assertThat(last.reason()).isEqualTo(AccountChangeRefusedException.Reason.LAST_ADMIN);
		assertThat(last.getMessage()).startsWith("Đây là tài khoản quản trị cuối cùng còn hoạt động");
		assertThat(catchThrowableOfType(AccountChangeRefusedException.class,
				() -> accounts.changeRole("admin", Role.MONITOR, null, "system")).reason())
			.isEqualTo(AccountChangeRefusedException.Reason.LAST_ADMIN);
		assertThat(enabled("admin")).isTrue();
		assertThat(role("admin")).isEqualTo("ADMIN");

		// with a second ADMIN enabled, the first may be disabled by it
		String second = account(Role.ADMIN, null);
		assertThat(basic("POST", "/api/users/admin/disable", second, PASSWORD, null).statusCode()).isEqualTo(200);
		assertThat(basic("POST", "/api/users/admin/enable", second, PASSWORD, null).statusCode()).isEqualTo(200);
	}

	@Test
	void twoAdminsDisablingEachOtherAtOnceLeaveOneEnabled() throws Exception {
		String first = account(Role.ADMIN, null);
		String second = account(Role.ADMIN, null);
		List<String> others = jdbc.sql("SELECT username FROM app_user WHERE role = 'ADMIN' AND enabled = TRUE AND username NOT IN (?, ?)")
			.params(first, second).query(String.class).list();
		jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE role = 'ADMIN' AND username NOT IN (?, ?)").params(first, second)
			.update();
		try {
			for (int round = 0; round < 5; round++) {
				java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
				java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
				java.util.concurrent.Future<String> one = pool.submit(() -> disable(start, second, first));
				java.util.concurrent.Future<String> two = pool.submit(() -> disable(start, first, second));
				List<String> outcomes = List.of(one.get(), two.get());
				pool.shutdown();

				// exactly one went through; the other was told it would remove the last ADMIN (no deadlock, no error)
				assertThat(outcomes).containsExactlyInAnyOrder("disabled", "LAST_ADMIN");
				assertThat(enabled(first) ^ enabled(second)).isTrue();
				jdbc.sql("UPDATE app_user SET enabled = TRUE WHERE username IN (?, ?)").params(first, second).update();
			}
		}
		finally {
			for (String admin : others) {
				jdbc.sql("UPDATE app_user SET enabled = TRUE WHERE username = ?").param(admin).update();
			}
		}
	}

	private String disable(java.util.concurrent.CyclicBarrier start, String target, String actor) throws Exception {
		start.await();
		try {
			accounts.setEnabled(target, false, actor);
			return "disabled";
		}
		catch (AccountChangeRefusedException ex) {
			return ex.reason().name();
		}
	}

	@Test
	void aReporterWithoutAgencyIsRefusedNamingTheField() {
		String official = account(Role.LEADER, null);

		HttpResponse<String> refused = basic("PUT", "/api/users/" + official + "/role", "admin",
				TestUsers.ADMIN_PASSWORD, "{\"role\":\"REPORTER\"}");

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("\"field\":\"agencyId\"")
			.contains("Tài khoản cơ quan báo cáo phải gắn với một cơ quan.");
		assertThat(role(official)).isEqualTo("LEADER");
		HttpResponse<String> unknownRole = basic("PUT", "/api/users/" + official + "/role", "admin",
				TestUsers.ADMIN_PASSWORD, "{\"role\":\"BOSS\"}");
		assertThat(unknownRole.statusCode()).isEqualTo(400);
		assertThat(unknownRole.body()).contains("\"field\":\"role\"");

		Browser admin = adminBrowser();
		HttpResponse<String> page = admin.post("/admin/users/" + official + "/role", Map.of("role", "REPORTER"),
				admin.csrfOf("/admin/users/" + official));
		assertThat(page.statusCode()).isEqualTo(422);
		assertThat(page.body()).contains("id=\"agencyId-error\"")
			.contains("Tài khoản cơ quan báo cáo phải gắn với một cơ quan.");
		assertThat(role(official)).isEqualTo("LEADER");
	}

	@Test
	void aRoleChangeEndsTheSessionsAndTheNewRoleAppliesToBasicAndTokensAtOnce() {
		String official = account(Role.LEADER, null);
		String token = tokens.create(official, "báo cáo", "READ").token();
		assertThat(bearer("GET", "/api/users", token).statusCode()).isEqualTo(403);
		Browser theirs = new Browser(port);
		theirs.logIn(official, PASSWORD);
		assertThat(theirs.get("/account/password").statusCode()).isEqualTo(200);

		HttpResponse<String> changed = basic("PUT", "/api/users/" + official + "/role", "admin",
				TestUsers.ADMIN_PASSWORD, "{\"role\":\"REPORTER\",\"agencyId\":" + finance + "}");

		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(changed.body()).contains("\"role\":\"REPORTER\"").contains("\"agencyId\":" + finance);
		assertThat(theirs.get("/account/password").statusCode()).isEqualTo(302);
		assertThat(users.account(official).orElseThrow().agencyId()).isEqualTo(finance);
		assertThat(bearer("GET", "/api/users", token).statusCode()).isEqualTo(403);
		// made ADMIN (the agency is dropped): the token remembered a moment ago carries the new role at once
		basic("PUT", "/api/users/" + official + "/role", "admin", TestUsers.ADMIN_PASSWORD, "{\"role\":\"ADMIN\"}");
		assertThat(bearer("GET", "/api/users", token).statusCode()).isEqualTo(200);
		assertThat(basic("GET", "/api/users", official, PASSWORD, null).statusCode()).isEqualTo(200);
		assertThat(users.account(official).orElseThrow().agencyId()).isNull();
	}

	@Test
	void aPasswordResetMustPassThePolicyClearsTheLockoutAndEndsTheSessions() {
		String official = account(Role.MONITOR, null);
		Browser theirs = new Browser(port);
		theirs.logIn(official, PASSWORD);
		assertThat(theirs.get("/account/password").statusCode()).isEqualTo(200);
		// wrong passwords locked the account and started a new count
		jdbc.sql("UPDATE app_user SET failed_logins = 3, locked_until = ? WHERE username = ?")
			.params(Timestamp.from(Instant.now().plusSeconds(900)), official)
			.update();

		HttpResponse<String> weak = basic("POST", "/api/users/" + official + "/password", "admin",
				TestUsers.ADMIN_PASSWORD, "{\"newPassword\":\"ngan-qua\"}");
		assertThat(weak.statusCode()).isEqualTo(400);
		assertThat(weak.body()).contains("\"field\":\"newPassword\"").contains("Mật khẩu phải có ít nhất 12 ký tự.");
		Browser admin = adminBrowser();
		HttpResponse<String> common = admin.post("/admin/users/" + official + "/password",
				Map.of("newPassword", "password1234"), admin.csrfOf("/admin/users/" + official));
		assertThat(common.statusCode()).isEqualTo(422);
		assertThat(common.body()).contains("Mật khẩu này quá phổ biến, dễ bị đoán; hãy chọn mật khẩu khác.");
		assertThat(theirs.get("/account/password").statusCode()).isEqualTo(200);

		HttpResponse<String> reset = admin.post("/admin/users/" + official + "/password",
				Map.of("newPassword", NEW_PASSWORD), admin.csrfOf("/admin/users/" + official));

		assertThat(reset.statusCode()).isEqualTo(302);
		assertThat(theirs.get("/account/password").statusCode()).isEqualTo(302);
		assertThat(basic("GET", "/api/cycles", official, PASSWORD, null).statusCode()).isEqualTo(401);
		assertThat(basic("GET", "/api/cycles", official, NEW_PASSWORD, null).statusCode()).isEqualTo(200);
		assertThat(jdbc.sql("SELECT failed_logins FROM app_user WHERE username = ?").param(official)
			.query(Integer.class).single()).isZero();
	}

	@Test
	void aReporterOrMonitorCallingTheAdministrationIsRefusedAndChangesNothing() {
		String official = account(Role.LEADER, null);
		String monitor = account(Role.MONITOR, null);
		String reporter = account(Role.REPORTER, finance);
		long auditsBefore = audits(official);

		for (String caller : List.of(monitor, reporter)) {
			assertThat(basic("POST", "/api/users/" + official + "/disable", caller, PASSWORD, null).statusCode())
				.isEqualTo(403);
			assertThat(basic("PUT", "/api/users/" + official + "/role", caller, PASSWORD, "{\"role\":\"ADMIN\"}")
				.statusCode()).isEqualTo(403);
			assertThat(basic("POST", "/api/users/" + official + "/password", caller, PASSWORD,
					"{\"newPassword\":\"" + NEW_PASSWORD + "\"}").statusCode()).isEqualTo(403);
			assertThat(basic("GET", "/api/users", caller, PASSWORD, null).statusCode()).isEqualTo(403);
			Browser page = new Browser(port);
			page.logIn(caller, PASSWORD);
			String csrf = page.csrfOf("/account/password");
			assertThat(page.get("/admin/users/" + official).statusCode()).isEqualTo(403);
			assertThat(page.post("/admin/users/" + official + "/enabled", Map.of("enabled", "false"), csrf).statusCode())
				.isEqualTo(403);
			assertThat(page.post("/admin/users/" + official + "/role", Map.of("role", "ADMIN"), csrf).statusCode())
				.isEqualTo(403);
		}

		assertThat(enabled(official)).isTrue();
		assertThat(role(official)).isEqualTo("LEADER");
		assertThat(basic("GET", "/api/cycles", official, PASSWORD, null).statusCode()).isEqualTo(200);
		assertThat(audits(official)).isEqualTo(auditsBefore);
	}

	@Test
	void everyChangeIsAuditedWithItsActorAndWithoutThePassword() {
		String official = account(Role.MONITOR, null);

		accounts.setEnabled(official, false, "admin");
		accounts.setEnabled(official, true, "admin");
		accounts.changeRole(official, Role.REPORTER, finance, "admin");
		accounts.resetPassword(official, NEW_PASSWORD, "admin");

		assertThat(jdbc.sql("""
				SELECT actor || ' ' || action || ' ' || COALESCE(before_state, '-') || ' -> ' || COALESCE(after_state, '-')
				FROM audit_event WHERE entity = 'app_user' AND entity_id = ? AND action <> 'USER_CREATED' ORDER BY id""")
			.param(official).query(String.class).list()).containsExactly(
					"admin USER_DISABLED enabled -> disabled",
					"admin USER_ENABLED disabled -> enabled",
					"admin USER_ROLE_CHANGED role=MONITOR agency=- -> role=REPORTER agency=" + finance,
					"admin USER_PASSWORD_RESET - -> lockout cleared");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE before_state LIKE ? OR after_state LIKE ?")
			.params("%" + NEW_PASSWORD + "%", "%" + NEW_PASSWORD + "%").query(Long.class).single()).isZero();
	}

	@Test
	void theAccountPageShowsItsFormsInVietnamese() {
		String official = account(Role.REPORTER, finance);
		Browser admin = adminBrowser();

		assertThat(admin.get("/admin/users").body()).contains("href=\"/admin/users/" + official + "\"");
		String page = admin.get("/admin/users/" + official).body();

		assertThat(page).contains("Tài khoản " + official, "Trạng thái", "Đang hoạt động", "Khóa tài khoản",
				"Đổi vai trò và cơ quan", "Lưu vai trò", "Đặt lại mật khẩu", "Mật khẩu mới", "Sở Tài chính",
				"name=\"_csrf\"");
		assertThat(admin.get("/admin/users/khong-co-ai").statusCode()).isEqualTo(404);
	}

	private String account(Role role, Long agency) {
		String name = "canbo" + SEQUENCE.incrementAndGet() + "." + role.name().toLowerCase();
		users.create(name, PASSWORD, role, agency, "test");
		return name;
	}

	private Browser adminBrowser() {
		Browser admin = new Browser(port);
		admin.logIn("admin", TestUsers.ADMIN_PASSWORD);
		return admin;
	}

	private boolean enabled(String username) {
		return jdbc.sql("SELECT enabled FROM app_user WHERE username = ?").param(username).query(Boolean.class).single();
	}

	private String role(String username) {
		return jdbc.sql("SELECT role FROM app_user WHERE username = ?").param(username).query(String.class).single();
	}

	private long sessionsOf(String username) {
		return jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = ?").param(username)
			.query(Long.class).single();
	}

	private long audits(String username) {
		return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity_id = ?").param(username).query(Long.class)
			.single();
	}

	private HttpResponse<String> basic(String method, String path, String user, String password, String json) {
		String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		return send(method, path, "Basic " + credentials, json);
	}

	private HttpResponse<String> bearer(String method, String path, String token) {
		return send(method, path, "Bearer " + token, null);
	}

	private HttpResponse<String> send(String method, String path, String authorization, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", authorization)
			.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(json));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
