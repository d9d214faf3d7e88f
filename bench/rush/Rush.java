import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deadline-rush load client (JDK only, run as {@code java Rush.java PORT ADMIN_PASSWORD REPORTERS}): sets up
 * a confirmed plan with one task per agency, a MONITOR and REPORTERS reporters (one per agency) through the
 * application's own API and admin page, opens a six-month reporting cycle, then releases every reporter at
 * the same instant to save and submit its report (every tenth reporter sends it twice at once, as a double
 * click does). Prints requests, errors, duplicates refused, the stored-exactly-once check read back through
 * the API, and p50/p99 request times. Exit status 0 only when nothing failed and nothing was lost.
 */
public class Rush {

	static final String PASSWORD = "rush-Password-1";

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	static final Pattern AGENCY = Pattern.compile("\\{\"id\":(\\d+),\"name\":\"([^\"]*)\"\\}");

	final HttpClient client = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(20))
		.build();

	final String base;

	final String adminPassword;

	final int reporters;

	final String nonce = Long.toString(System.currentTimeMillis(), 36);

	record Timed(int reporter, String step, int status, long nanos, String detail) {
	}

	Rush(int port, String adminPassword, int reporters) {
		this.base = "http://127.0.0.1:" + port;
		this.adminPassword = adminPassword;
		this.reporters = reporters;
	}

	public static void main(String[] args) throws Exception {
		Rush rush = new Rush(Integer.parseInt(args[0]), args[1], Integer.parseInt(args[2]));
		System.exit(rush.run());
	}

	int run() throws Exception {
		long setupStart = System.nanoTime();
		long plan = confirmedPlan();
		Admin admin = new Admin();
		admin.createUser("monitor-" + nonce, "MONITOR", null);
		String[] monitor = { "monitor-" + nonce, PASSWORD };
		check(post("/api/cycles/schedules", "{\"documentId\":" + plan
				+ ",\"frequency\":\"SEMIANNUAL\",\"dueDay\":15,\"dueMonth\":6}", monitor), 200, "schedule");
		// next year's first half: its deadline is ahead, so the cycle is open (a cycle locks on its due day)
		HttpResponse<String> cycleResponse = check(post("/api/cycles", "{\"documentId\":" + plan
				+ ",\"frequency\":\"SEMIANNUAL\",\"year\":" + (java.time.Year.now().getValue() + 1) + ",\"index\":1}", monitor), 201,
				"open cycle");
		long cycle = firstLong(cycleResponse.body(), "id");
		Map<String, Long> agencies = new HashMap<>();
		Matcher m = AGENCY.matcher(cycleResponse.body());
		while (m.find()) {
			agencies.put(m.group(2), Long.parseLong(m.group(1)));
		}
		if (agencies.size() != reporters) {
			throw new IllegalStateException("cycle has " + agencies.size() + " agencies, expected " + reporters);
		}
		List<Long> tasks = taskIds(plan);
		// reporters are created two at a time: each costs a BCrypt hash on the server
		ExecutorService setup = Executors.newFixedThreadPool(2);
		List<Future<?>> created = new ArrayList<>();
		for (int r = 0; r < reporters; r++) {
			int reporter = r;
			created.add(setup.submit(() -> {
				admin.createUser(user(reporter), "REPORTER", agencies.get(agency(reporter)));
				return null;
			}));
		}
		for (Future<?> f : created) {
			f.get();
		}
		setup.shutdown();
		System.out.printf("setup: plan %d with %d tasks, cycle %d, %d reporters created in %d s%n", plan, tasks.size(), cycle,
				reporters, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - setupStart));

		ConcurrentLinkedQueue<Timed> timings = new ConcurrentLinkedQueue<>();
		CountDownLatch start = new CountDownLatch(1);
		int twins = (reporters + 9) / 10;
		ExecutorService pool = Executors.newFixedThreadPool(reporters + twins);
		List<Future<?>> running = new ArrayList<>();
		for (int r = 0; r < reporters; r++) {
			int reporter = r;
			long task = tasks.get(r);
			Runnable report = () -> report(cycle, reporter, task, start, timings);
			running.add(pool.submit(report));
			if (reporter % 10 == 0) {
				running.add(pool.submit(report));
			}
		}
		Thread.sleep(500);
		long began = System.nanoTime();
		start.countDown();
		for (Future<?> f : running) {
			f.get(10, TimeUnit.MINUTES);
		}
		long wall = System.nanoTime() - began;
		pool.shutdown();

		List<Timed> all = new ArrayList<>(timings);
		long errors = all.stream().filter(t -> t.status() != 200 && t.status() != 409).count();
		long refusedTwins = all.stream().filter(t -> t.status() == 409 && t.reporter() % 10 == 0).count();
		long refusedLone = all.stream().filter(t -> t.status() == 409 && t.reporter() % 10 != 0).count();
		all.stream().filter(t -> t.status() != 200 && t.status() != 409).limit(5)
			.forEach(t -> System.out.println("  error: reporter " + t.reporter() + " " + t.step() + " " + t.status() + " " + t.detail()));

		// read back through the API: one SUBMITTED report per agency, carrying that reporter's own line
		HttpResponse<String> stored = check(get("/api/cycles/" + cycle + "/submissions", monitor), 200, "read back");
		String body = stored.body();
		int submitted = count(body, "\"status\":\"SUBMITTED\"");
		int reports = count(body, "\"cycleId\":" + cycle + ",");
		int lost = 0;
		int doubled = 0;
		for (int r = 0; r < reporters; r++) {
			int copies = count(body, "\"narrative\":\"" + narrative(r) + "\"");
			lost += copies == 0 ? 1 : 0;
			doubled += copies > 1 ? 1 : 0;
		}
		List<Long> nanos = new ArrayList<>(all.stream().map(Timed::nanos).toList());
		Collections.sort(nanos);
		System.out.printf("rush: %d reporters (%d sent their report twice at once), %d requests in %.1f s%n", reporters, twins,
				all.size(), wall / 1e9);
		System.out.printf("  errors (not 200/409): %d; duplicates refused with 409: %d; lone reporters refused: %d%n", errors,
				refusedTwins, refusedLone);
		System.out.printf("  request time p50 %d ms, p99 %d ms, max %d ms%n", millis(nanos, 0.50), millis(nanos, 0.99),
				millis(nanos, 1.0));
		System.out.printf("  stored: %d reports, %d SUBMITTED, lost %d, stored twice %d (expected %d, 0, 0)%n", reports,
				submitted, lost, doubled, reporters);
		boolean ok = errors == 0 && refusedLone == 0 && lost == 0 && doubled == 0 && reports == reporters
				&& submitted == reporters;
		System.out.println(ok ? "rush: OK — every report stored exactly once" : "rush: FAILED");
		if (wall > TimeUnit.MINUTES.toNanos(1)) {
			System.out.println("rush: note — the rush took longer than one minute");
		}
		return ok ? 0 : 1;
	}

	void report(long cycle, int reporter, long task, CountDownLatch start, ConcurrentLinkedQueue<Timed> timings) {
		String[] login = { user(reporter), PASSWORD };
		try {
			start.await();
			String draft = "{\"narrative\":\"Báo cáo 6 tháng của " + agency(reporter) + "\",\"tasks\":[{\"taskId\":" + task
					+ ",\"percent\":" + (1 + reporter % 100) + ",\"narrative\":\"" + narrative(reporter) + "\"}]}";
			long t0 = System.nanoTime();
			HttpResponse<String> saved = post("/api/cycles/" + cycle + "/submissions", draft, login);
			timings.add(new Timed(reporter, "save", saved.statusCode(), System.nanoTime() - t0, brief(saved.body())));
			if (saved.statusCode() != 200) {
				return;
			}
			long id = firstLong(saved.body(), "id");
			long t1 = System.nanoTime();
			HttpResponse<String> sent = post("/api/submissions/" + id + "/submit", "", login);
			timings.add(new Timed(reporter, "submit", sent.statusCode(), System.nanoTime() - t1, brief(sent.body())));
		}
		catch (Exception ex) {
			timings.add(new Timed(reporter, "exception", -1, 0, ex.toString()));
		}
	}

	/** Uploads a small Sơn La plan and confirms it with one task per agency "Ban thử tải số n". */
	long confirmedPlan() {
		String[] admin = { "admin", adminPassword };
		String text = "ỦY BAN NHÂN DÂN TỈNH SƠN LA\n\nSơn La, ngày 05 tháng 01 năm 2026\n\nKẾ HOẠCH\n\nThử tải hạn nộp báo cáo "
				+ nonce + "\n";
		String boundary = "----rush" + nonce;
		String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"rush-" + nonce
				+ ".txt\"\r\nContent-Type: text/plain\r\n\r\n" + text + "\r\n--" + boundary + "--\r\n";
		HttpResponse<String> uploaded = check(send(request("/api/documents", admin)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(multipart, StandardCharsets.UTF_8))
			.build()), 201, "upload plan");
		long plan = firstLong(uploaded.body(), "id");
		StringBuilder tasks = new StringBuilder();
		for (int r = 0; r < reporters; r++) {
			tasks.append(r == 0 ? "" : ",").append("{\"code\":\"").append(r + 1).append("\",\"group\":\"I\",\"title\":\"Nhiệm vụ thử tải số ")
				.append(r + 1).append("\",\"lead\":[\"").append(agency(r)).append("\"],\"coordinating\":[],\"period\":null,")
				.append("\"resources\":null,\"line\":").append(10 + r).append('}');
		}
		String extraction = "{\"source\":\"rush.txt\",\"document\":{\"kind\":\"Kế hoạch\",\"symbol\":null,\"issued\":\"2026-01-05\","
				+ "\"issuer\":\"UBND tỉnh Sơn La\",\"locality\":\"Sơn La\",\"term\":\"2026-2030\",\"signer\":null,"
				+ "\"implementsSymbols\":[],\"replacesSymbols\":[]},\"tables\":[],\"tasks\":[" + tasks
				+ "],\"indicators\":[],\"projects\":[],\"citations\":[],\"findings\":[]}";
		check(post("/api/documents/" + plan + "/confirm", extraction, admin), 200, "confirm plan");
		return plan;
	}

	List<Long> taskIds(long plan) {
		String[] admin = { "admin", adminPassword };
		String body = check(get("/api/tasks?documentId=" + plan, admin), 200, "list tasks").body();
		// task code r + 1 is reporter r's task
		Map<Integer, Long> byCode = new HashMap<>();
		Matcher m = Pattern.compile("\\{\"id\":(\\d+),\"documentId\":\\d+,\"code\":\"(\\d+)\"").matcher(body);
		while (m.find()) {
			byCode.put(Integer.parseInt(m.group(2)), Long.parseLong(m.group(1)));
		}
		List<Long> ids = new ArrayList<>();
		for (int r = 0; r < reporters; r++) {
			Long id = byCode.get(r + 1);
			if (id == null) {
				throw new IllegalStateException("task " + (r + 1) + " not found in /api/tasks: "
						+ body.substring(0, Math.min(300, body.length())));
			}
			ids.add(id);
		}
		return ids;
	}

	/** The admin's browser session: form login with its CSRF token, then the user form. */
	final class Admin {

		final HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		final String csrf;

		Admin() throws Exception {
			String loginPage = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
					HttpResponse.BodyHandlers.ofString()).body();
			HttpResponse<String> login = browser.send(form("/login", Map.of("username", "admin", "password", adminPassword,
					"_csrf", csrf(loginPage))), HttpResponse.BodyHandlers.ofString());
			if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
				throw new IllegalStateException("admin login failed: " + login.statusCode() + " " + login.headers().map());
			}
			csrf = csrf(browser.send(HttpRequest.newBuilder(URI.create(base + "/admin/users")).build(),
					HttpResponse.BodyHandlers.ofString()).body());
		}

		void createUser(String username, String role, Long agencyId) throws Exception {
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("username", username);
			fields.put("password", PASSWORD);
			fields.put("role", role);
			fields.put("agencyId", agencyId == null ? "" : agencyId.toString());
			fields.put("_csrf", csrf);
			HttpResponse<String> created = browser.send(form("/admin/users", fields), HttpResponse.BodyHandlers.ofString());
			if (created.statusCode() != 302) {
				throw new IllegalStateException("creating " + username + " failed: " + created.statusCode());
			}
		}

		HttpRequest form(String path, Map<String, String> fields) {
			StringBuilder body = new StringBuilder();
			fields.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(k).append('=')
				.append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
			return HttpRequest.newBuilder(URI.create(base + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
				.build();
		}

		String csrf(String page) {
			Matcher m = CSRF.matcher(page);
			if (!m.find()) {
				throw new IllegalStateException("no CSRF token in the page");
			}
			return m.group(1);
		}
	}

	static String user(int reporter) {
		return String.format("rush%04d", reporter);
	}

	static String agency(int reporter) {
		return String.format("Ban thử tải số %04d", reporter + 1);
	}

	static String narrative(int reporter) {
		return "Đơn vị " + reporter + " đã thực hiện " + (1 + reporter % 100) + "% nhiệm vụ";
	}

	HttpResponse<String> get(String path, String[] login) {
		return send(request(path, login).GET().build());
	}

	HttpResponse<String> post(String path, String json, String[] login) {
		return send(request(path, login).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
			.build());
	}

	HttpRequest.Builder request(String path, String[] login) {
		String token = Base64.getEncoder().encodeToString((login[0] + ":" + login[1]).getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5))
			.header("Authorization", "Basic " + token);
	}

	HttpResponse<String> send(HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (Exception ex) {
			throw new IllegalStateException(request.uri() + ": " + ex, ex);
		}
	}

	static HttpResponse<String> check(HttpResponse<String> response, int expected, String what) {
		if (response.statusCode() != expected) {
			throw new IllegalStateException(what + ": HTTP " + response.statusCode() + " " + brief(response.body()));
		}
		return response;
	}

	static long firstLong(String json, String field) {
		Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(json);
		if (!m.find()) {
			throw new IllegalStateException("no " + field + " in " + brief(json));
		}
		return Long.parseLong(m.group(1));
	}

	static int count(String text, String needle) {
		int n = 0;
		for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
			n++;
		}
		return n;
	}

	static long millis(List<Long> sorted, double quantile) {
		if (sorted.isEmpty()) {
			return 0;
		}
		int index = (int) Math.ceil(quantile * sorted.size()) - 1;
		return TimeUnit.NANOSECONDS.toMillis(sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))));
	}

	static String brief(String body) {
		String one = body == null ? "" : body.replaceAll("\\s+", " ");
		return one.length() > 200 ? one.substring(0, 200) + "…" : one;
	}
}
