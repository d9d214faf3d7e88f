package vn.plantrack.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.plantrack.registry.DocumentImport;
import vn.plantrack.registry.PlanConfirmation;
import vn.plantrack.registry.Role;
import vn.plantrack.registry.UserAccounts;
import vn.plantrack.reporting.CalendarFeeds;
import vn.plantrack.support.TestDatabases;
import vn.plantrack.tracking.Explanations;
import vn.plantrack.tracking.Frequency;
import vn.plantrack.tracking.ReportingCycles;
import vn.plantrack.tracking.SonLaPlans;
import vn.plantrack.tracking.Submissions;

/**
 * The declared authorisation matrix ({@code src/test/resources/security/route-matrix.tsv}) against the
 * application's own route list: every endpoint has exactly one row, every row names a real endpoint, and each
 * of six actors gets the declared outcome when calling it as a real account of an H2 database.
 *
 * <p>
 * Agency A is "Sở Tài chính", which (as successor of Sở Kế hoạch và Đầu tư) leads tasks 002:307 and 002:312
 * of the confirmed plan {@link SonLaPlans#seed002()}; agency B is "Sở Xây dựng" (leads 002:316). Where a row
 * is about one agency's data its sample path names agency A's resource ({@code {taskA}}, {@code {agencyA}}…),
 * so "REPORTER B: deny" means REPORTER B is refused A's resource — and the test checks that the database is
 * byte-for-byte unchanged by that refused call.
 */
@SpringBootTest(properties = { "plantrack.samples.import-on-first-start=false" })
@AutoConfigureMockMvc
class RouteMatrixTests {

	static final String TABLE = "/security/route-matrix.tsv";

	static final String PASSWORD = "Matrix-Password-2026";

	/** The actors, in the order of the table's columns (and of the calls made for each row). */
	enum Actor {
		ANONYMOUS(null), REPORTER_A("matrix-reporter-a"), REPORTER_B("matrix-reporter-b"), LEADER("matrix-leader"),
		MONITOR("matrix-monitor"), ADMIN("matrix-admin");

		final String username;

		Actor(String username) {
			this.username = username;
		}
	}

	/**
	 * allow: not refused (any status but 401, 403 or a redirect to the login form; a 400/404/409 for the
	 * dummy body is fine); deny: 403; login: 401, or 302 to the login form.
	 */
	enum Outcome {
		ALLOW, DENY, LOGIN
	}

	record Endpoint(String method, String pattern) implements Comparable<Endpoint> {

		@Override
		public int compareTo(Endpoint other) {
			int byPattern = pattern.compareTo(other.pattern);
			return byPattern != 0 ? byPattern : method.compareTo(other.method);
		}

		@Override
		public String toString() {
			return method + " " + pattern;
		}
	}

	record Row(int line, Endpoint endpoint, Map<Actor, Outcome> expected, String sample) {
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	UserAccounts users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DocumentImport documentImport;

	@Autowired
	PlanConfirmation confirmation;

	@Autowired
	CalendarFeeds feeds;

	@Autowired
	Explanations explanations;

	@Autowired
	ReportingCycles cycles;

	@Autowired
	Submissions submissions;

	static Map<String, String> samples;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

	/** One confirmed plan (002) whose tasks 307/312 agency A leads and 316 agency B leads; one account per actor. */
	@BeforeEach
	void planAndAccounts() throws Exception {
		if (samples != null && users.account("matrix-admin").isPresent()) {
			return;
		}
		long plan = SonLaPlans.register(documentImport, confirmation, jdbc, SonLaPlans.seed002());
		long agencyA = SonLaPlans.agency(jdbc, "Sở Tài chính");
		long agencyB = SonLaPlans.agency(jdbc, "Sở Xây dựng");
		users.create(Actor.REPORTER_A.username, PASSWORD, Role.REPORTER, agencyA, "test");
		users.create(Actor.REPORTER_B.username, PASSWORD, Role.REPORTER, agencyB, "test");
		users.create(Actor.LEADER.username, PASSWORD, Role.LEADER, null, "test");
		users.create(Actor.MONITOR.username, PASSWORD, Role.MONITOR, null, "test");
		users.create(Actor.ADMIN.username, PASSWORD, Role.ADMIN, null, "test");
		Map<String, String> values = new LinkedHashMap<>();
		values.put("taskA", String.valueOf(SonLaPlans.task(jdbc, plan, 312)));
		values.put("taskB", String.valueOf(SonLaPlans.task(jdbc, plan, 316)));
		values.put("planA", String.valueOf(plan));
		values.put("agencyA", String.valueOf(agencyA));
		values.put("agencyB", String.valueOf(agencyB));
		values.put("feedA", String.valueOf(feeds.create(agencyA, Actor.REPORTER_A.username).id()));
		// agency A's explanation request, report and indicator: B must be refused each of them
		vn.plantrack.tracking.Actor monitor = new vn.plantrack.tracking.Actor(Actor.MONITOR.username, Role.MONITOR, null);
		vn.plantrack.tracking.Actor reporterA = new vn.plantrack.tracking.Actor(Actor.REPORTER_A.username, Role.REPORTER,
				agencyA);
		long taskA = SonLaPlans.task(jdbc, plan, 312);
		values.put("explanationA", String.valueOf(explanations.ask(taskA, "Vì sao hội nghị xúc tiến đầu tư chậm?",
				LocalDate.now().plusDays(30), monitor).id()));
		// the first half of next year is open on any day this test runs (due before 15/6)
		long cycleA = cycles.open(plan, Frequency.SEMIANNUAL, LocalDate.now().getYear() + 1, 1,
				LocalDate.of(LocalDate.now().getYear() + 1, 6, 15), monitor).id();
		values.put("cycleA", String.valueOf(cycleA));
		// a draft without narrative: an allowed "submit" is refused for it (422) and changes nothing
		values.put("submissionA", String.valueOf(submissions.saveDraft(cycleA, new Submissions.Draft(null, null,
				List.of(new Submissions.TaskLine(taskA, 10, "Đã chuẩn bị hội nghị")), List.of(), null), reporterA).id()));
		long indicators = SonLaPlans.register(documentImport, confirmation, jdbc,
				SonLaPlans.indicatorsOfReorganisedAgencies());
		// 504: led by Sở Kế hoạch và Đầu tư, merged into Sở Tài chính (A)
		values.put("indicatorA", String.valueOf(SonLaPlans.indicator(jdbc, indicators, 504)));
		samples = values;
	}

	@Test
	void everyEndpointHasARowAndEveryRowAnEndpoint() throws Exception {
		Set<Endpoint> routes = endpoints();
		List<Row> rows = rows();
		Set<Endpoint> declared = new LinkedHashSet<>();
		List<String> duplicates = new ArrayList<>();
		for (Row row : rows) {
			if (!declared.add(row.endpoint())) {
				duplicates.add("line " + row.line() + ": " + row.endpoint());
			}
		}
		List<String> missing = new ArrayList<>();
		for (Endpoint endpoint : routes) {
			if (!declared.contains(endpoint)) {
				// a row to paste, most restrictive guess: fill in who may call it before committing
				missing.add(endpoint.method() + "\t" + endpoint.pattern() + "\tlogin\tdeny\tdeny\tdeny\tdeny\tdeny");
			}
		}
		List<String> stale = new ArrayList<>();
		for (Row row : rows) {
			if (!routes.contains(row.endpoint())) {
				stale.add("line " + row.line() + ": " + row.endpoint());
			}
		}
		assertThat(missing).as("endpoints without a row in " + TABLE + " (paste and correct):\n"
				+ String.join("\n", missing) + "\n").isEmpty();
		assertThat(stale).as("rows of " + TABLE + " naming no endpoint of the application").isEmpty();
		assertThat(duplicates).as("endpoints with two rows in " + TABLE).isEmpty();
	}

	@Test
	void everyActorGetsTheDeclaredOutcomeOnEveryEndpoint() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Row row : rows()) {
			String[] sample = samplePath(row).split("\\|", 2);
			String path = sample[0];
			String body = sample.length == 2 ? sample[1] : "{}";
			// refused callers first, while the resource is still there for the allowed ones to change
			List<Actor> order = new ArrayList<>(List.of(Actor.values()));
			order.sort(java.util.Comparator.comparing(actor -> row.expected().get(actor) == Outcome.ALLOW));
			for (Actor actor : order) {
				Outcome expected = row.expected().get(actor);
				// an own-agency row: REPORTER A may, REPORTER B is refused A's resource and must change nothing
				boolean ownAgency = row.expected().get(Actor.REPORTER_A) == Outcome.ALLOW && expected == Outcome.DENY;
				Map<String, String> before = actor == Actor.REPORTER_B && ownAgency ? DatabaseFingerprint.of(jdbc) : null;
				Response response = call(row.endpoint().method(), path, body, actor);
				Outcome actual = response.outcome();
				if (actual != expected) {
					wrong.add("line " + row.line() + " " + row.endpoint().method() + " " + path + " as " + actor
							+ ": expected " + expected + ", got " + response);
				}
				if (before != null && !DatabaseFingerprint.changedTables(before, DatabaseFingerprint.of(jdbc)).isEmpty()) {
					wrong.add("line " + row.line() + " " + row.endpoint().method() + " " + path
							+ ": refused call by REPORTER_B changed " + DatabaseFingerprint.changedTables(before, DatabaseFingerprint.of(jdbc)));
				}
			}
		}
		assertThat(wrong).as("calls whose outcome differs from " + TABLE).isEmpty();
	}

	/**
	 * Lists are not refused but filtered: REPORTER B reading the cycle's reports, timeliness and exceptions gets
	 * none of agency A's rows, while REPORTER A gets its report.
	 */
	@Test
	void listsOfACycleShowReporterBNoneOfAgencyAsRows() throws Exception {
		String cycle = "/api/cycles/" + samples.get("cycleA");
		String submissionA = "\"id\":" + samples.get("submissionA") + ",";

		assertThat(body(cycle + "/submissions", Actor.REPORTER_A)).contains(submissionA);
		assertThat(body(cycle + "/submissions", Actor.REPORTER_B)).doesNotContain(submissionA).isEqualTo("[]");
		assertThat(body(cycle + "/timeliness", Actor.REPORTER_A)).contains("Sở Tài chính");
		assertThat(body(cycle + "/timeliness", Actor.REPORTER_B)).contains("Sở Xây dựng").doesNotContain("Sở Tài chính");
	}

	private String body(String path, Actor actor) throws Exception {
		var response = mvc.perform(request(HttpMethod.GET, java.net.URI.create(path))
			.with(user(users.loadUserByUsername(actor.username)))).andReturn().getResponse();
		assertThat(response.getStatus()).as(path + " as " + actor).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	record Response(int status, String location) {

		Outcome outcome() {
			if (status == 401 || (status == 302 && location != null && location.endsWith("/login"))) {
				return Outcome.LOGIN;
			}
			return status == 403 ? Outcome.DENY : Outcome.ALLOW;
		}

		@Override
		public String toString() {
			return status + (location == null ? "" : " -> " + location);
		}
	}

	private Response call(String method, String path, String body, Actor actor) {
		// a URI, not a template: the sample path is already percent-encoded
		MockHttpServletRequestBuilder call = request(HttpMethod.valueOf(method), java.net.URI.create(path));
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			// pages need a CSRF token (tested separately); API calls get the sample's body, else an empty JSON
			// object
			call.with(csrf());
			if (path.startsWith("/api/")) {
				call.contentType(MediaType.APPLICATION_JSON).content(body);
			}
		}
		if (actor.username != null) {
			call.with(user(users.loadUserByUsername(actor.username)));
		}
		try {
			var response = mvc.perform(call).andReturn().getResponse();
			return new Response(response.getStatus(), response.getRedirectedUrl());
		}
		catch (Exception ex) {
			// the controller failed on the dummy request: security had let the call through
			return new Response(500, null);
		}
	}

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

	/**
	 * The row's sample path (or its pattern) with {taskA}-like names replaced, any other variable by 1; a sample may
	 * end with {@code |} and a JSON body without spaces, for endpoints that read the body before the agency check.
	 */
	private static String samplePath(Row row) {
		String[] sample = (row.sample() != null ? row.sample() : row.endpoint().pattern()).split("\\|", 2);
		String path = sample[0].replace("/**", "/index.html");
		Matcher matcher = VARIABLE.matcher(path);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1).replaceAll(":.*", "");
			matcher.appendReplacement(out, Matcher.quoteReplacement(samples.getOrDefault(name, "1")));
		}
		matcher.appendTail(out);
		return sample.length == 2 ? out + "|" + sample[1] : out.toString();
	}

	private Set<Endpoint> endpoints() {
		Set<Endpoint> endpoints = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (methods.isEmpty()) {
					endpoints.add(new Endpoint("GET", pattern));
				}
				for (RequestMethod method : methods) {
					endpoints.add(new Endpoint(method.name(), pattern));
				}
			}
		}
		return endpoints;
	}

	/**
	 * The table: one row per endpoint, whitespace-separated: METHOD PATTERN then the outcome for ANONYMOUS
	 * REPORTER_A REPORTER_B LEADER MONITOR ADMIN (allow, deny, login), then an optional sample path.
	 */
	static List<Row> rows() throws Exception {
		List<Row> rows = new ArrayList<>();
		try (var in = RouteMatrixTests.class.getResourceAsStream(TABLE)) {
			assertThat(in).as(TABLE + " on the test class path").isNotNull();
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				String text = line.strip();
				if (text.isEmpty() || text.startsWith("#")) {
					continue;
				}
				String[] cells = text.split("\\s+");
				if (cells.length != 8 && cells.length != 9) {
					throw new IllegalStateException(TABLE + " line " + number + ": expected 8 or 9 columns, found "
							+ cells.length + ": " + text);
				}
				Map<Actor, Outcome> expected = new LinkedHashMap<>();
				for (Actor actor : Actor.values()) {
					String cell = cells[2 + actor.ordinal()];
					try {
						expected.put(actor, Outcome.valueOf(cell.toUpperCase()));
					}
					catch (IllegalArgumentException ex) {
						throw new IllegalStateException(TABLE + " line " + number + ": '" + cell + "' for " + actor
								+ " is not allow, deny or login");
					}
				}
				rows.add(new Row(number, new Endpoint(cells[0], cells[1]), expected, cells.length == 9 ? cells[8] : null));
			}
		}
		return rows;
	}
}
