package vn.plantrack.robustness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client for the JSON API with HTTP Basic or an API token, shared by many threads (the JDK client is thread-safe). */
final class RushClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(60))
		.build();

	private final String base;

	RushClient(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	/** HTTP Basic credentials, or (with {@code token} set) an API token sent as {@code Bearer}. */
	record Login(String user, String password, String token) {

		Login(String user, String password) {
			this(user, password, null);
		}

		static Login bearer(String user, String token) {
			return new Login(user, null, token);
		}
	}

	HttpResponse<String> get(String path, Login login) {
		return send(request(path, login).GET().build());
	}

	HttpResponse<String> post(String path, Object body, Login login) {
		String json = body instanceof String text ? text : JSON.writeValueAsString(body);
		return send(request(path, login).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
			.build());
	}

	HttpResponse<String> upload(String path, String fileName, byte[] content, Login login) {
		String boundary = "----rush" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		return send(request(path, login).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build());
	}

	static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	private HttpRequest.Builder request(String path, Login login) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(240));
		if (login != null && login.token() != null) {
			request.header("Authorization", "Bearer " + login.token());
		}
		else if (login != null) {
			String token = Base64.getEncoder()
				.encodeToString((login.user() + ":" + login.password()).getBytes(StandardCharsets.UTF_8));
			request.header("Authorization", "Basic " + token);
		}
		return request;
	}

	/** Like {@link #post} but a lost connection (the server killed) is an exception the caller can count. */
	HttpResponse<String> postOrThrow(String path, Object body, Login login) throws IOException, InterruptedException {
		String json = body instanceof String text ? text : JSON.writeValueAsString(body);
		return client.send(request(path, login).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.uri() + ": " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
