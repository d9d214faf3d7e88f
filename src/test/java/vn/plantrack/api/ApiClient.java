package vn.plantrack.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client for the JSON API: GET, POST JSON and POST multipart with fields and files. */
final class ApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final String base;

	ApiClient(int port) {
		this.base = "http://localhost:" + port;
	}

	record Login(String user, String password) {
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

	/** fields as form fields; files as name → content, all sent under the part name "files". */
	HttpResponse<String> multipart(String path, Map<String, String> fields, Map<String, byte[]> files, Login login) {
		String boundary = "----pt" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
				+ "\"\r\n\r\n" + value + "\r\n"));
		files.forEach((name, content) -> {
			write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
					+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
			body.writeBytes(content);
			write(body, "\r\n");
		});
		write(body, "--" + boundary + "--\r\n");
		return send(request(path, login).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

	private HttpRequest.Builder request(String path, Login login) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
		if (login != null) {
			String token = Base64.getEncoder()
				.encodeToString((login.user() + ":" + login.password()).getBytes(StandardCharsets.UTF_8));
			request.header("Authorization", "Basic " + token);
		}
		return request;
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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
