import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deadline-rush load client (JDK only). Three modes:
 *
 * <pre>
 * java Rush.java PORT ADMIN_PASSWORD REPORTERS                     the rush (bench/rush/run.sh)
 * java Rush.java PORT ADMIN_PASSWORD REPORTERS --kill PID STATE    the rush, SIGKILL of PID once half the
 *                                                                  submits were answered; answers to STATE
 * java Rush.java PORT ADMIN_PASSWORD REPORTERS --after STATE       after the restart: read back, every
 *                                                                  reporter without an answer submits again
 * </pre>
 *
 * Set-up (not measured): a confirmed plan with one task per agency, a MONITOR and one REPORTER per agency
 * created through the admin page in parallel, and one WRITE API token per reporter (its only password
 * check); then every reporter is released at the same instant to save and submit its report with its token
 * (in the plain rush every tenth sends it twice at once, as a double click does). Prints requests, errors
 * (anything but 200/409), duplicates refused, lost/doubled reports read back through the API, the time from
 * the first send to the last answer, and p50/p99/max. Exit status 0 only when nothing failed or was lost.
 */
public class Rush {

	static final String PASSWORD = "rush-Password-1";

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	static final Pattern AGENCY = Pattern.compile("\\{\"id\":(\\d+),\"name\":\"([^\"]*)\"\\}");

	/** Threads creating users and tokens: each costs one BCrypt on the server, which is CPU-bound. */
	static final int SETUP_THREADS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

	final HttpClient client = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(20))
		.build();

	final String base;

	final String adminPassword;

	final int reporters;

	final String nonce = Long.toString(System.currentTimeMillis(), 36);

	/** One answer (or failure, status -1) with its send and answer instants (System.nanoTime). */
	record Timed(int reporter, String step, int status, long sent, long answered, String detail) {

		long nanos() {
			return answered - sent;
		}
	}

	Rush(int port, String adminPassword, int reporters) {
		this.base = "http://127.0.0.1:" + port;
		this.adminPassword = adminPassword;
		this.reporters = reporters;
	}

	public static void main(String[] args) throws Exception {
		Rush rush = new Rush(Integer.parseInt(args[0]), args[1], Integer.parseInt(args[2]));
		if (args.length >= 5 && args[3].equals("--kill")) {
			System.exit(rush.killDuringRush(Long.parseLong(args[4]), Path.of(args[5])));
		}
		if (args.length >= 5 && args[3].equals("--after")) {
			System.exit(rush.afterRestart(Path.of(args[4])));
		}
		System.exit(rush.run());
	}

	/** What the set-up produced: the cycle, the monitor, each reporter's task and API token. */
	record Setup(long plan, long cycle, String[] monitor, List<Long> tasks, List<String> tokens) {
	}

	int run() throws Exception {
		Setup setup = setUp();
		List<Timed> all = rush(setup, true, null);
		long errors = all.stream().filter(t -> t.status() != 200 && t.status() != 409).count();
		long refusedTwins = all.stream().filter(t -> t.status() == 409 && t.reporter() % 10 == 0).count();
		long refusedLone = all.stream().filter(t -> t.status() == 409 && t.reporter() % 10 != 0).count();
		all.stream().filter(t -> t.status() != 200 && t.status() != 409).limit(5)
			.forEach(t -> System.out.println("  error: reporter " + t.reporter() + " " + t.step() + " " + t.status() + " " + t.detail()));
		printTimes(all, (reporters + 9) / 10);
		System.out.printf("  errors (not 200/409): %d; duplicates refused with 409: %d; lone reporters refused: %d%n", errors,
				refusedTwins, refusedLone);
		Stored stored = readBack(setup);
		int lost = 0;
		int doubled = 0;
		int wrong = 0;
		for (int r = 0; r < reporters; r++) {
			List<String> copies = stored.byReporter.getOrDefault(r, List.of());
			lost += copies.isEmpty() ? 1 : 0;
			doubled += copies.size() > 1 ? 1 : 0;
			wrong += copies.size() == 1 && !copies.get(0).equals("SUBMITTED") ? 1 : 0;
		}
		System.out.printf("  stored: %d reports, %d SUBMITTED, lost %d, stored twice %d, not SUBMITTED %d (expected %d, %d, 0, 0, 0)%n",
				stored.reports, stored.submitted, lost, doubled, wrong, reporters, reporters);
		boolean ok = errors == 0 && refusedLone == 0 && lost == 0 && doubled == 0 && wrong == 0
				&& stored.reports == reporters && stored.submitted == reporters;
		System.out.println(ok ? "rush: OK — zero errors, every report stored exactly once" : "rush: FAILED");
		return ok ? 0 : 1;
	}

	/**
	 * The rush without twins; once half the reporters' submits were answered 200 the server process is
	 * killed with SIGKILL. Every reporter's outcome is written to {@code state} for {@link #afterRestart}.
	 */
	int killDuringRush(long serverPid, Path state) throws Exception {
		Setup setup = setUp();
		ProcessHandle server = ProcessHandle.of(serverPid)
			.orElseThrow(() -> new IllegalStateException("no server process " + serverPid));
		AtomicInteger submitted = new AtomicInteger();
		AtomicBoolean killed = new AtomicBoolean();
		long[] killedAt = new long[1];
		List<Timed> all = rush(setup, false, answer -> {
			if (answer.step().equals("submit") && answer.status() == 200
					&& submitted.incrementAndGet() >= reporters / 2 && killed.compareAndSet(false, true)) {
				killedAt[0] = System.nanoTime();
				server.destroyForcibly(); // SIGKILL
			}
		});
		if (!killed.get()) {
			System.out.println("kill: the rush ended before half the submits were answered; killing now");
			server.destroyForcibly();
		}
		server.onExit().get(30, TimeUnit.SECONDS);
		Properties out = new Properties();
		out.setProperty("cycle", Long.toString(setup.cycle()));
		out.setProperty("plan", Long.toString(setup.plan()));
		out.setProperty("monitor", setup.monitor()[0]);
		int answered = 0;
		int failed = 0;
		for (int r = 0; r < reporters; r++) {
			int reporter = r;
			boolean ok = all.stream().anyMatch(t -> t.reporter() == reporter && t.step().equals("submit") && t.status() == 200);
			answered += ok ? 1 : 0;
			failed += ok ? 0 : 1;
			out.setProperty("reporter." + r, setup.tasks().get(r) + " " + setup.tokens().get(r) + " " + (ok ? "SUBMITTED" : "UNANSWERED"));
		}
		try (var writer = Files.newBufferedWriter(state)) {
			out.store(writer, "Rush kill state");
		}
		Map<Integer, Long> statuses = new java.util.TreeMap<>();
		all.forEach(t -> statuses.merge(t.status(), 1L, Long::sum));
		System.out.printf("kill: SIGKILL after %d submits answered 200 (%.1f s into the rush); answers by status (-1: no answer): %s%n",
				answered, killedAt[0] == 0 ? 0 : (killedAt[0] - all.stream().mapToLong(Timed::sent).min().orElse(0)) / 1e9, statuses);
		System.out.printf("kill: %d reporters had their submit answered 200, %d got an error or no answer%n", answered, failed);
		return 0;
	}

	/**
	 * After the restart: every report answered 200 is SUBMITTED with exactly its line; at most one report per
	 * agency; every reporter without an answer saves and submits again with its token and succeeds (or finds
	 * its report already submitted: the answer, not the commit, was lost in the kill).
	 */
	int afterRestart(Path state) throws Exception {
		Properties in = new Properties();
		try (var reader = Files.newBufferedReader(state)) {
			in.load(reader);
		}
		long cycle = Long.parseLong(in.getProperty("cycle"));
		String[] monitor = { in.getProperty("monitor"), PASSWORD };
		List<Long> tasks = new ArrayList<>();
		List<String> tokens = new ArrayList<>();
		List<Boolean> answered = new ArrayList<>();
		for (int r = 0; r < reporters; r++) {
			String[] fields = in.getProperty("reporter." + r).split(" ");
			tasks.add(Long.parseLong(fields[0]));
			tokens.add(fields[1]);
			answered.add(fields[2].equals("SUBMITTED"));
		}
		Setup setup = new Setup(Long.parseLong(in.getProperty("plan")), cycle, monitor, tasks, tokens);
		Stored before = readBack(setup);
		int answeredLost = 0;
		int doubled = 0;
		int alreadyThere = 0;
		for (int r = 0; r < reporters; r++) {
			List<String> copies = before.byReporter.getOrDefault(r, List.of());
			doubled += copies.size() > 1 ? 1 : 0;
			if (answered.get(r) && !(copies.size() == 1 && copies.get(0).equals("SUBMITTED"))) {
				answeredLost++;
				System.out.println("  LOST: reporter " + r + " was answered 200 but its report is " + copies);
			}
			if (!answered.get(r) && copies.equals(List.of("SUBMITTED"))) {
				alreadyThere++;
			}
		}
		System.out.printf("after restart: %d reports stored (%d SUBMITTED, %d drafts); answered 200 but not SUBMITTED with its line: %d; agencies with two reports: %d%n",
				before.reports, before.submitted, before.reports - before.submitted, answeredLost, doubled);
		System.out.printf("after restart: %d reporters without an answer found their report already SUBMITTED (committed, answer lost)%n",
				alreadyThere);
		// everyone without an answer tries again, all at once, as they would after the outage
		ConcurrentLinkedQueue<Timed> retries = new ConcurrentLinkedQueue<>();
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, (int) answered.stream().filter(a -> !a).count()));
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> running = new ArrayList<>();
		for (int r = 0; r < reporters; r++) {
			if (!answered.get(r)) {
				int reporter = r;
				running.add(pool.submit(() -> report(setup, reporter, start, retries::add, null)));
			}
		}
		start.countDown();
		for (Future<?> f : running) {
			f.get(10, TimeUnit.MINUTES);
		}
		pool.shutdown();
		long retried = running.size();
		long retryFailed = 0;
		for (int r = 0; r < reporters; r++) {
			int reporter = r;
			if (answered.get(r)) {
				continue;
			}
			List<Timed> mine = retries.stream().filter(t -> t.reporter() == reporter).toList();
			boolean submittedNow = mine.stream().anyMatch(t -> t.step().equals("submit") && t.status() == 200);
			// a 409 on save says "already sent": fine only when the report is there, checked below
			boolean refusedAsSent = mine.stream().anyMatch(t -> t.step().equals("save") && t.status() == 409);
			if (!submittedNow && !refusedAsSent) {
				retryFailed++;
				mine.stream().limit(2).forEach(t -> System.out.println("  retry failed: reporter " + reporter + " " + t.step() + " "
						+ t.status() + " " + t.detail()));
			}
		}
		Stored after = readBack(setup);
		int missing = 0;
		int twice = 0;
		for (int r = 0; r < reporters; r++) {
			List<String> copies = after.byReporter.getOrDefault(r, List.of());
			missing += copies.equals(List.of("SUBMITTED")) ? 0 : 1;
			twice += copies.size() > 1 ? 1 : 0;
		}
		System.out.printf("after retries: %d reporters retried, %d failed; %d reports, %d SUBMITTED; reporters without exactly one SUBMITTED report: %d; stored twice: %d%n",
				retried, retryFailed, after.reports, after.submitted, missing, twice);
		boolean ok = answeredLost == 0 && doubled == 0 && retryFailed == 0 && missing == 0 && twice == 0
				&& after.reports == reporters && after.submitted == reporters;
		System.out.println(ok ? "after restart: OK — every answered submit kept, every other reporter submitted again"
				: "after restart: FAILED");
		return ok ? 0 : 1;
	}

	/** Plan, monitor, cycle, reporters and their tokens: everything before the measured window. */
	Setup setUp() throws Exception {
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
		long usersStart = System.nanoTime();
		// each user costs one BCrypt hash on the server and each token one BCrypt check (the reporter's only
		// password check): run them in parallel, as many as the server has cores to spare
		ExecutorService pool = Executors.newFixedThreadPool(SETUP_THREADS);
		List<Future<String>> created = new ArrayList<>();
		for (int r = 0; r < reporters; r++) {
			int reporter = r;
			created.add(pool.submit(() -> {
				admin.createUser(user(reporter), "REPORTER", agencies.get(agency(reporter)));
				HttpResponse<String> token = check(post("/api/tokens", "{\"name\":\"rush " + nonce + "\",\"scope\":\"WRITE\"}",
						new String[] { user(reporter), PASSWORD }), 201, "token of " + user(reporter));
				Matcher secret = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(token.body());
				if (!secret.find()) {
					throw new IllegalStateException("no token in " + brief(token.body()));
				}
				return secret.group(1);
			}));
		}
		List<String> tokens = new ArrayList<>();
		for (Future<String> f : created) {
			tokens.add(f.get());
		}
		pool.shutdown();
		long end = System.nanoTime();
		System.out.printf("setup: plan %d with %d tasks, cycle %d; %d reporters with their API tokens in %.1f s (%d threads); whole set-up %.1f s%n",
				plan, tasks.size(), cycle, reporters, (end - usersStart) / 1e9, SETUP_THREADS, (end - setupStart) / 1e9);
		return new Setup(plan, cycle, monitor, tasks, tokens);
	}

	/** Releases every reporter at once (with twins: every tenth twice); returns every answer. */
	List<Timed> rush(Setup setup, boolean twins, java.util.function.Consumer<Timed> onAnswer) throws Exception {
		ConcurrentLinkedQueue<Timed> timings = new ConcurrentLinkedQueue<>();
		java.util.function.Consumer<Timed> sink = t -> {
			timings.add(t);
			if (onAnswer != null) {
				onAnswer.accept(t);
			}
		};
		CountDownLatch start = new CountDownLatch(1);
		int copies = twins ? (reporters + 9) / 10 : 0;
		ExecutorService pool = Executors.newFixedThreadPool(reporters + copies);
		List<Future<?>> running = new ArrayList<>();
		CountDownLatch ready = new CountDownLatch(reporters + copies);
		for (int r = 0; r < reporters; r++) {
			int reporter = r;
			Runnable report = () -> report(setup, reporter, start, sink, ready);
			running.add(pool.submit(report));
			if (twins && reporter % 10 == 0) {
				running.add(pool.submit(report));
			}
		}
		ready.await();
		start.countDown();
		for (Future<?> f : running) {
			f.get(10, TimeUnit.MINUTES);
		}
		pool.shutdown();
		return new ArrayList<>(timings);
	}

	void printTimes(List<Timed> all, int twins) {
		long first = all.stream().mapToLong(Timed::sent).min().orElse(0);
		long last = all.stream().mapToLong(Timed::answered).max().orElse(0);
		List<Long> nanos = new ArrayList<>(all.stream().map(Timed::nanos).toList());
		Collections.sort(nanos);
		double window = (last - first) / 1e9;
		System.out.printf("rush: %d reporters (%d sent their report twice at once), %d requests; first send to last answer %.1f s (goal: within 60 s)%s%n",
				reporters, twins, all.size(), window, window > 60 ? " — OVER ONE MINUTE" : "");
		System.out.printf("  request time p50 %d ms, p99 %d ms, max %d ms%n", millis(nanos, 0.50), millis(nanos, 0.99),
				millis(nanos, 1.0));
	}

	void report(Setup setup, int reporter, CountDownLatch start, java.util.function.Consumer<Timed> timings,
			CountDownLatch ready) {
		String bearer = setup.tokens().get(reporter);
		String step = "save";
		long t0 = System.nanoTime();
		try {
			if (ready != null) {
				ready.countDown();
			}
			start.await();
			String draft = "{\"narrative\":\"Báo cáo 6 tháng của " + agency(reporter) + "\",\"tasks\":[{\"taskId\":"
					+ setup.tasks().get(reporter) + ",\"percent\":" + (1 + reporter % 100) + ",\"narrative\":\"" + narrative(reporter)
					+ "\"}]}";
			t0 = System.nanoTime();
			HttpResponse<String> saved = sendRaw(json("/api/cycles/" + setup.cycle() + "/submissions", draft, bearer));
			timings.accept(new Timed(reporter, "save", saved.statusCode(), t0, System.nanoTime(), brief(saved.body())));
			if (saved.statusCode() != 200) {
				return;
			}
			long id = firstLong(saved.body(), "id");
			step = "submit";
			t0 = System.nanoTime();
			HttpResponse<String> sent = sendRaw(json("/api/submissions/" + id + "/submit", "", bearer));
			timings.accept(new Timed(reporter, "submit", sent.statusCode(), t0, System.nanoTime(), brief(sent.body())));
		}
		catch (Exception ex) {
			timings.accept(new Timed(reporter, step, -1, t0, System.nanoTime(), ex.toString()));
		}
	}

	/** The cycle's reports read back through the API as the MONITOR: per reporter, the status of each copy. */
	record Stored(int reports, int submitted, Map<Integer, List<String>> byReporter) {
	}

	Stored readBack(Setup setup) {
		String body = check(get("/api/cycles/" + setup.cycle() + "/submissions", setup.monitor()), 200, "read back").body();
		// each report starts with {"id": (its task lines have no id); the status precedes the task lines
		String[] reports = body.split("\\{\"id\":");
		Map<Integer, List<String>> byReporter = new HashMap<>();
		int count = 0;
		int submitted = 0;
		Pattern status = Pattern.compile("\"status\":\"([A-Z]+)\"");
		for (int i = 1; i < reports.length; i++) {
			String report = reports[i];
			count++;
			Matcher s = status.matcher(report);
			String st = s.find() ? s.group(1) : "?";
			submitted += st.equals("SUBMITTED") ? 1 : 0;
			for (int r = 0; r < reporters; r++) {
				// exactly its own line: task, percent and narrative
				if (report.contains("\"taskId\":" + setup.tasks().get(r) + ",\"percent\":" + (1 + r % 100) + ",\"narrative\":\""
						+ narrative(r) + "\"")) {
					byReporter.computeIfAbsent(r, k -> new ArrayList<>()).add(st);
				}
			}
		}
		return new Stored(count, submitted, byReporter);
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

	/** The admin's browser session: form login with its CSRF token, then the user form (thread-safe). */
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

	/** A JSON POST with the reporter's API token (no password check on the server). */
	HttpRequest json(String path, String json, String bearer) {
		return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5))
			.header("Authorization", "Bearer " + bearer)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
			.build();
	}

	HttpRequest.Builder request(String path, String[] login) {
		String token = java.util.Base64.getEncoder().encodeToString((login[0] + ":" + login[1]).getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5))
			.header("Authorization", "Basic " + token);
	}

	HttpResponse<String> send(HttpRequest request) {
		try {
			return sendRaw(request);
		}
		catch (Exception ex) {
			throw new IllegalStateException(request.uri() + ": " + ex, ex);
		}
	}

	HttpResponse<String> sendRaw(HttpRequest request) throws IOException, InterruptedException {
		return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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
