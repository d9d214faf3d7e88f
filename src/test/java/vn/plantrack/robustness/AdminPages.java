package vn.plantrack.robustness;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ADMIN's browser session on a server in another process: form login with its CSRF token, then the
 * user form (the only way to create accounts). Thread-safe: several accounts can be created at once.
 */
final class AdminPages {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	private final String csrf;

	AdminPages(int port, String adminPassword) throws Exception {
		this.base = "http://127.0.0.1:" + port;
		String loginPage = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Map<String, String> login = new LinkedHashMap<>();
		login.put("username", "admin");
		login.put("password", adminPassword);
		login.put("_csrf", csrf(loginPage));
		HttpResponse<String> signedIn = browser.send(form("/login", login), HttpResponse.BodyHandlers.ofString());
		if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("admin login failed: " + signedIn.statusCode());
		}
		csrf = csrf(browser.send(HttpRequest.newBuilder(URI.create(base + "/admin/users")).build(),
				HttpResponse.BodyHandlers.ofString()).body());
	}

	void createUser(String username, String password, String role, Long agencyId) throws Exception {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("username", username);
		fields.put("password", password);
		fields.put("role", role);
		fields.put("agencyId", agencyId == null ? "" : agencyId.toString());
		fields.put("_csrf", csrf);
		HttpResponse<String> created = browser.send(form("/admin/users", fields), HttpResponse.BodyHandlers.ofString());
		if (created.statusCode() != 302) {
			throw new IllegalStateException("creating " + username + " failed: HTTP " + created.statusCode());
		}
	}

	private HttpRequest form(String path, Map<String, String> fields) {
		StringBuilder body = new StringBuilder();
		fields.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(k).append('=')
			.append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
		return HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build();
	}

	private static String csrf(String page) {
		Matcher m = CSRF.matcher(page);
		if (!m.find()) {
			throw new IllegalStateException("no CSRF token in the page");
		}
		return m.group(1);
	}
}
