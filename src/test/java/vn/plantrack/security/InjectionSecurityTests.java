package vn.plantrack.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.plantrack.registry.DocumentImport;
import vn.plantrack.registry.PlanConfirmation;
import vn.plantrack.registry.Role;
import vn.plantrack.registry.UserAccounts;
import vn.plantrack.security.RouteMatrixTests.Actor;
import vn.plantrack.security.RouteMatrixTests.Outcome;
import vn.plantrack.security.RouteMatrixTests.Row;
import vn.plantrack.support.Http;
import vn.plantrack.support.TestDatabases;
import vn.plantrack.tracking.Evidence;
import vn.plantrack.tracking.SonLaPlans;

/**
 * Hostile input through the ways data comes in: SQL-injection probes in every query parameter and text path
 * variable of every GET endpoint (taken from the application's route list), path traversal in uploaded
 * file names, files of the wrong type and over the size limit. The upload limit is lowered to 1 MB here so
 * the over-size case stays cheap; the production limit (50 MB) is the same code path.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "plantrack.samples.import-on-first-start=false", "spring.servlet.multipart.max-file-size=1MB",
				"spring.servlet.multipart.max-request-size=1MB" })
@AutoConfigureMockMvc
class InjectionSecurityTests {

	static final List<String> PROBES = List.of("' OR '1'='1", "1;DROP TABLE task--", "1' OR 1=1--",
			"x' UNION SELECT username, password_hash FROM app_user--", "%' AND 1=0 UNION SELECT NULL--",
			"1); DELETE FROM task; --", "\\'; DROP TABLE app_user; --", "son-la' AND SLEEP(5)--");

	@LocalServerPort
	int port;

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

	@Value("${plantrack.data-dir}")
	Path dataDir;

	static long plan;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

	@BeforeEach
	void planAndAccounts() throws Exception {
		if (users.account(Actor.MONITOR.username).isPresent()) {
			return;
		}
		plan = SonLaPlans.register(documentImport, confirmation, jdbc, SonLaPlans.seed002());
		users.create(Actor.REPORTER_A.username, RouteMatrixTests.PASSWORD, Role.REPORTER,
				SonLaPlans.agency(jdbc, "Sở Tài chính"), "test");
		users.create(Actor.LEADER.username, RouteMatrixTests.PASSWORD, Role.LEADER, null, "test");
		users.create(Actor.MONITOR.username, RouteMatrixTests.PASSWORD, Role.MONITOR, null, "test");
		users.create(Actor.ADMIN.username, RouteMatrixTests.PASSWORD, Role.ADMIN, null, "test");
	}

	record Probe(String method, String pattern, List<String> queryParameters, List<String> textPathVariables) {
	}

	@Test
	void sqlInjectionProbesInEveryParameterGetAnOrdinaryAnswerAndTouchNoData() throws Exception {
		Map<String, Row> table = new LinkedHashMap<>();
		for (Row row : RouteMatrixTests.rows()) {
			table.put(row.endpoint().method() + " " + row.endpoint().pattern(), row);
		}
		Map<String, String> before = DatabaseFingerprint.of(jdbc);
		long tasks = count("task");
		List<String> failures = new ArrayList<>();
		int calls = 0;
		for (Probe probe : probes()) {
			Row row = table.get(probe.method() + " " + probe.pattern());
			Actor actor = row == null ? Actor.ADMIN : allowed(row);
			if (actor == null) {
				continue;
			}
			for (String value : PROBES) {
				// each parameter alone with the probe (the others plausible), then all at once
				List<Map<String, String>> variants = new ArrayList<>();
				for (String name : probe.queryParameters()) {
					Map<String, String> query = plausible(probe.queryParameters());
					query.put(name, value);
					variants.add(query);
				}
				Map<String, String> all = new LinkedHashMap<>();
				probe.queryParameters().forEach(name -> all.put(name, value));
				variants.add(all);
				for (Map<String, String> query : variants) {
					String path = path(probe, value) + queryString(query);
					var response = mvc.perform(get(URI.create(path)).with(user(users.loadUserByUsername(actor.username))))
						.andReturn()
						.getResponse();
					calls++;
					String body = response.getContentAsString(StandardCharsets.UTF_8);
					if (response.getStatus() >= 500 || body.contains("$2a$") || body.contains("$2b$")) {
						failures.add(path + " as " + actor + " -> " + response.getStatus());
					}
				}
			}
		}
		// the figure docs/RELIABILITY.md quotes
		System.out.println("SQL-injection probes: " + calls + " calls on " + probes().size() + " GET endpoints");
		assertThat(calls).as("probing calls made").isGreaterThan(100);
		assertThat(failures).as("probes answered with a server error or leaking password hashes").isEmpty();
		assertThat(DatabaseFingerprint.changedTables(before, DatabaseFingerprint.of(jdbc))).as("tables changed by GET probes")
			.isEmpty();
		assertThat(count("task")).isEqualTo(tasks).isEqualTo(6);
	}

	@Test
	void uploadedFileNamesLoseTheirPathAndNothingIsWrittenOutsideTheStore() throws Exception {
		Set<Path> filesBefore = files(dataDir);
		Browser browser = new Browser(port);
		browser.logIn(Actor.MONITOR.username, RouteMatrixTests.PASSWORD);
		Map<String, String> expected = new LinkedHashMap<>();
		expected.put("../../etc/passwd.txt", "passwd.txt");
		expected.put("..\\..\\..\\x.txt", "x.txt");
		expected.put("/etc/cron.d/ke-hoach.txt", "ke-hoach.txt");
		expected.put("C:\\Windows\\System32\\ke-hoach-2.txt", "ke-hoach-2.txt");
		expected.put("....//....//ke-hoach-3.txt", "ke-hoach-3.txt");
		int n = 0;
		for (var name : expected.entrySet()) {
			HttpResponse<String> response = browser.upload("/documents/upload", name.getKey(), plan(n++),
					browser.csrfOf("/documents/upload"));
			assertThat(response.statusCode()).as(name.getKey()).isEqualTo(302);
			assertThat(storedName(n)).as(name.getKey()).isEqualTo(name.getValue());
		}
		// the API takes the same path
		HttpResponse<String> api = new Http(port).upload("/api/documents", "..\\..\\api\\ke-hoach-api.txt", plan(n++),
				Actor.MONITOR.username, RouteMatrixTests.PASSWORD);
		assertThat(api.statusCode()).isEqualTo(201);
		assertThat(storedName(n)).isEqualTo("ke-hoach-api.txt");
		// a long name is shortened, keeping its type (Tomcat refuses part headers over 512 bytes before that)
		HttpResponse<String> longName = browser.upload("/documents/upload", "k".repeat(340) + ".txt", plan(n++),
				browser.csrfOf("/documents/upload"));
		assertThat(longName.statusCode()).isEqualTo(302);
		assertThat(storedName(n)).endsWith(".txt").hasSizeLessThanOrEqualTo(255);
		// documents live in the database: the data directory gained no file, nothing appeared above it
		assertThat(files(dataDir)).isEqualTo(filesBefore);
		assertThat(dataDir.resolve("../../etc/passwd.txt").normalize()).doesNotExist();
		assertThat(Path.of("x.txt")).doesNotExist();
	}

	@Test
	void evidenceFileNamesLoseTheirPathControlCharactersAndExcessLength() {
		assertThat(new Evidence("../../etc/passwd.pdf", new byte[1]).safeName()).isEqualTo("passwd.pdf");
		assertThat(new Evidence("..\\..\\bao-cao.pdf", new byte[1]).safeName()).isEqualTo("bao-cao.pdf");
		assertThat(new Evidence("bao\r\ncao\u0000.pdf", new byte[1]).safeName()).isEqualTo("baocao.pdf");
		assertThat(new Evidence("b".repeat(600) + ".pdf", new byte[1]).safeName()).endsWith(".pdf")
			.hasSizeLessThanOrEqualTo(255);
	}

	@Test
	void aFileOfAnotherTypeIsRefusedWithAMessageNamingTheAcceptedTypes() {
		Browser browser = new Browser(port);
		browser.logIn(Actor.MONITOR.username, RouteMatrixTests.PASSWORD);
		long documents = count("document");
		for (String name : List.of("cong-van.exe", "bang.html", "anh.svg", "ke-hoach.txt.php")) {
			HttpResponse<String> response = browser.upload("/documents/upload", name, "MZ\u0090\u0000".getBytes(
					StandardCharsets.ISO_8859_1), browser.csrfOf("/documents/upload"));
			assertThat(response.statusCode()).as(name).isEqualTo(200);
			assertThat(response.body()).as(name).contains("định dạng không được hỗ trợ — chỉ nhận .txt, .md, .docx, .doc, .pdf");
		}
		assertThat(count("document")).isEqualTo(documents);
	}

	@Test
	void aFileOverTheSizeLimitIsRefusedWithAClearMessageOnThePageAndTheApi() {
		Browser browser = new Browser(port);
		browser.logIn(Actor.MONITOR.username, RouteMatrixTests.PASSWORD);
		long documents = count("document");
		byte[] big = new byte[1_200_000];
		java.util.Arrays.fill(big, (byte) 'a');

		HttpResponse<String> page = browser.upload("/documents/upload", "ke-hoach-lon.txt", big,
				browser.csrfOf("/documents/upload"));
		assertThat(page.statusCode()).isEqualTo(413);
		assertThat(page.body()).contains("Tệp quá lớn");
		HttpResponse<String> api = new Http(port).upload("/api/documents", "ke-hoach-lon.txt", big,
				Actor.MONITOR.username, RouteMatrixTests.PASSWORD);
		assertThat(api.statusCode()).isEqualTo(413);
		assertThat(api.body()).contains("Tệp quá lớn");
		assertThat(count("document")).isEqualTo(documents);
	}

	private static byte[] plan(int n) {
		return ("KẾ HOẠCH\nThực hiện nhiệm vụ năm 2026 số " + n + "\nI. NHIỆM VỤ\n1. Sở Tài chính chủ trì xây dựng kế hoạch "
				+ n + ".\n").getBytes(StandardCharsets.UTF_8);
	}

	/** The stored name of the n-th uploaded file (the plan of the set-up is document 1). */
	private String storedName(int n) {
		return jdbc.sql("SELECT file_name FROM source_file ORDER BY id DESC LIMIT 1").query(String.class).single();
	}

	private long count(String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	private static Set<Path> files(Path dir) throws Exception {
		if (!Files.exists(dir)) {
			return Set.of();
		}
		try (Stream<Path> walk = Files.walk(dir)) {
			return walk.filter(Files::isRegularFile).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
		}
	}

	private static Actor allowed(Row row) {
		for (Actor actor : List.of(Actor.MONITOR, Actor.ADMIN, Actor.LEADER, Actor.REPORTER_A)) {
			if (row.expected().get(actor) == Outcome.ALLOW) {
				return actor;
			}
		}
		return null;
	}

	private List<Probe> probes() {
		List<Probe> probes = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
			if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
				continue;
			}
			List<String> query = new ArrayList<>();
			List<String> text = new ArrayList<>();
			for (MethodParameter parameter : entry.getValue().getMethodParameters()) {
				RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
				PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
				if (param != null && !param.name().isEmpty()) {
					query.add(param.name());
				}
				else if (param != null && parameter.getParameterName() != null
						&& !"org.springframework.web.multipart.MultipartFile".equals(parameter.getParameterType().getName())) {
					query.add(parameter.getParameterName());
				}
				if (variable != null && parameter.getParameterType() == String.class) {
					text.add(variable.name().isEmpty() ? parameter.getParameterName() : variable.name());
				}
			}
			if (query.isEmpty() && text.isEmpty()) {
				continue;
			}
			for (String pattern : entry.getKey().getPatternValues()) {
				probes.add(new Probe("GET", pattern, query, text));
			}
		}
		return probes;
	}

	/** The pattern with text path variables set to the probe and numeric ones to the plan's id. */
	private static String path(Probe probe, String value) {
		String path = probe.pattern();
		for (String name : probe.textPathVariables()) {
			path = path.replace("{" + name + "}", URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
		}
		return path.replaceAll("\\{[^}]+}", String.valueOf(plan));
	}

	private static Map<String, String> plausible(List<String> names) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String name : names) {
			values.put(name, switch (name) {
				case "cycle" -> "2026-H1";
				case "agency", "name" -> "Sở Tài chính";
				case "locality" -> "son-la";
				case "year" -> "2026";
				case "month" -> "11";
				case "date" -> "2026-11-23";
				case "format" -> "docx";
				case "q", "text", "query" -> "kế hoạch";
				default -> "1";
			});
		}
		return values;
	}

	private static String queryString(Map<String, String> query) {
		if (query.isEmpty()) {
			return "";
		}
		StringBuilder out = new StringBuilder("?");
		for (var entry : query.entrySet()) {
			if (out.length() > 1) {
				out.append('&');
			}
			out.append(entry.getKey()).append('=').append(URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8));
		}
		return out.toString();
	}
}
