package vn.plantrack.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser as far as security cares: keeps its cookies by hand (so Secure cookies are kept over plain
 * HTTP too and every Set-Cookie header can be inspected), follows no redirects, finds the CSRF token in forms.
 */
final class Browser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final String base;

	final Map<String, String> cookies = new LinkedHashMap<>();

	Browser(int port) {
		this.base = "http://localhost:" + port;
	}

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
	}

	/** A form post; the CSRF token is added when given (null: none). */
	HttpResponse<String> post(String path, Map<String, String> fields, String csrf) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		if (csrf != null) {
			all.put("_csrf", csrf);
		}
		String body = all.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** A file form as a browser posts it: the CSRF token is a field of the multipart body (null: none). */
	HttpResponse<String> upload(String path, String fileName, byte[] content, String csrf) {
		String boundary = "----pt" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		if (csrf != null) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
				+ fileName.replace("\"", "%22") + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/** The CSRF token of the form on the page at {@code path}. */
	String csrfOf(String path) {
		Matcher matcher = CSRF.matcher(get(path).body());
		if (!matcher.find()) {
			throw new AssertionError("no CSRF token in the form of " + path);
		}
		return matcher.group(1);
	}

	HttpResponse<String> logIn(String user, String password) {
		String token = csrfOf("/login");
		return post("/login", Map.of("username", user, "password", password), token);
	}

	String session() {
		return cookies.get("SESSION") != null ? cookies.get("SESSION") : cookies.get("JSESSIONID");
	}

	static List<String> setCookies(HttpResponse<?> response) {
		return response.headers().allValues("Set-Cookie");
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		// what a browser asks for when it follows a link or posts a form
		request.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
		if (!cookies.isEmpty()) {
			request.header("Cookie", cookies.entrySet()
				.stream()
				.map(e -> e.getKey() + "=" + e.getValue())
				.collect(Collectors.joining("; ")));
		}
		try {
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			for (String header : setCookies(response)) {
				String pair = header.split(";", 2)[0];
				int eq = pair.indexOf('=');
				String value = pair.substring(eq + 1);
				if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
					cookies.remove(pair.substring(0, eq));
				}
				else {
					cookies.put(pair.substring(0, eq), value);
				}
			}
			return response;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
