package vn.plantrack.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.plantrack.support.TestUsers;

/**
 * Browser sessions in the database shared by the nodes, read through {@link HeldSessionRepository}: concurrent
 * requests of one fresh session all succeed (they used to collide on the CSRF token's row), a sign-out ends the
 * session at once on its node and within the recheck time on another, a read writes nothing, idle expiry still
 * ends a session. Runs on H2 and PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "plantrack.samples.import-on-first-start=false")
@ExtendWith(OutputCaptureExtension.class)
abstract class SessionStoreIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Duration RECHECK = Duration.ofSeconds(10);

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> concurrentAttributeWrites;

	@Autowired
	JdbcClient jdbc;

	/** A node's clock for the held sessions, moved by hand. */
	final AtomicLong nodeA = new AtomicLong();

	final AtomicLong nodeB = new AtomicLong();

	@Test
	void manyConcurrentRequestsOfOneFreshSessionAllSucceedWithoutAnError(CapturedOutput output) throws Exception {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String base = "http://localhost:" + port;
		logIn(browser, base);
		// the session's CSRF token is made at sign-in: the pages opened together below read it and store nothing
		// (when each made its own, a form posted afterwards could carry a token the session no longer held)
		String signedIn = jdbc.sql("""
				SELECT primary_id FROM spring_session WHERE principal_name = 'admin'
				ORDER BY creation_time DESC LIMIT 1""").query(String.class).single();
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM spring_session_attributes WHERE session_primary_id = ?
				AND attribute_name LIKE '%CsrfTokenRepository.CSRF_TOKEN'""").param(signedIn).query(Long.class).single())
			.isEqualTo(1);
		List<CompletableFuture<HttpResponse<String>>> pages = new ArrayList<>();
		for (int i = 0; i < 24; i++) {
			String path = i % 2 == 0 ? "/overview" : "/documents";
			pages.add(browser.sendAsync(HttpRequest.newBuilder(URI.create(base + path)).build(),
					HttpResponse.BodyHandlers.ofString()));
		}
		for (CompletableFuture<HttpResponse<String>> page : pages) {
			HttpResponse<String> response = page.join();
			assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(200);
			assertThat(response.body()).contains("name=\"_csrf\"");
		}
		assertThat(output.getAll()).doesNotContain("DuplicateKey").doesNotContain("spring_session_attributes_pk")
			.doesNotContain(" ERROR ");

		// the session still works afterwards: a form posted with the token of a fresh page is accepted
		String token = csrf(browser.send(HttpRequest.newBuilder(URI.create(base + "/overview")).build(),
				HttpResponse.BodyHandlers.ofString()).body());
		HttpResponse<String> logout = browser.send(HttpRequest.newBuilder(URI.create(base + "/logout"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
		// signed out on this node: at once, not after the recheck time
		HttpResponse<String> after = browser.send(HttpRequest.newBuilder(URI.create(base + "/overview")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(after.statusCode()).isEqualTo(302);
	}

	@Test
	void aSignOutEndsTheSessionAtOnceOnItsNodeAndWithinTheRecheckTimeOnTheOther() {
		HeldSessionRepository a = node(nodeA);
		HeldSessionRepository b = node(nodeB);
		String id = signedIn(a);
		assertThat(b.findById(id)).as("the other node reads the session from the database").isNotNull();

		a.deleteById(id);

		assertThat(a.findById(id)).as("ended on its own node at once").isNull();
		nodeB.addAndGet(RECHECK.toNanos() - 1);
		assertThat(b.findById(id)).as("still held on the other node within the recheck time").isNotNull();
		nodeB.addAndGet(2);
		assertThat(b.findById(id)).as("ended on the other node after the recheck time").isNull();
	}

	@Test
	void aReadWritesNothingAndTheLastAccessIsWrittenOnlyOnceAMinute() {
		HeldSessionRepository a = node(nodeA);
		String id = signedIn(a);
		long stored = lastAccess(id);

		HeldSessionRepository.HeldSession read = a.findById(id);
		read.setLastAccessedTime(Instant.ofEpochMilli(stored).plusSeconds(59));
		a.save(read);
		assertThat(lastAccess(id)).as("59 s later: not written").isEqualTo(stored);

		HeldSessionRepository.HeldSession later = a.findById(id);
		assertThat(later.getLastAccessedTime()).as("but held on the node").isEqualTo(Instant.ofEpochMilli(stored).plusSeconds(59));
		later.setLastAccessedTime(Instant.ofEpochMilli(stored).plusSeconds(61));
		a.save(later);
		assertThat(lastAccess(id)).as("61 s later: written").isEqualTo(stored + 61_000);
	}

	@Test
	void anAttributeSetByOneRequestSurvivesAConcurrentRequestThatChangedNothing() {
		HeldSessionRepository a = node(nodeA);
		HeldSessionRepository b = node(nodeB);
		String id = signedIn(a);
		HeldSessionRepository.HeldSession writer = a.findById(id);
		HeldSessionRepository.HeldSession reader = a.findById(id);
		HeldSessionRepository.HeldSession elsewhere = b.findById(id);

		writer.setAttribute("token", "T1");
		elsewhere.setAttribute("other", "O1");
		a.save(writer);
		b.save(elsewhere);
		a.save(reader);

		assertThat((String) a.findById(id).getAttribute("token")).isEqualTo("T1");
		nodeA.addAndGet(RECHECK.toNanos() + 1);
		Session reread = a.findById(id);
		assertThat((String) reread.getAttribute("token")).isEqualTo("T1");
		assertThat((String) reread.getAttribute("other")).as("written on the other node").isEqualTo("O1");
	}

	@Test
	void twoRequestsOfOneNodeChangingDifferentAttributesAtOnceBothShowInTheNextRequest() {
		HeldSessionRepository a = node(nodeA);
		String id = signedIn(a);
		HeldSessionRepository.HeldSession first = a.findById(id);
		HeldSessionRepository.HeldSession second = a.findById(id);
		// each reads the stored session at its first change, before the other has written
		first.setAttribute("csrf", "T1");
		second.setAttribute("locale", "en");

		a.save(first);
		a.save(second);

		// on the same node and before the recheck time: the database holds both, so must the next request
		Session next = a.findById(id);
		assertThat((String) next.getAttribute("csrf")).isEqualTo("T1");
		assertThat((String) next.getAttribute("locale")).isEqualTo("en");
		assertThat((String) next.getAttribute("user")).isEqualTo("monitor");
	}

	@Test
	void twoNodesSettingTheSameNewAttributeAtOnceBothSucceed() {
		HeldSessionRepository a = node(nodeA);
		HeldSessionRepository b = node(nodeB);
		String id = signedIn(a);
		HeldSessionRepository.HeldSession first = a.findById(id);
		HeldSessionRepository.HeldSession second = b.findById(id);
		first.setAttribute("csrf", "first");
		second.setAttribute("csrf", "second");

		a.save(first);
		b.save(second);

		nodeA.addAndGet(RECHECK.toNanos() + 1);
		assertThat((String) a.findById(id).getAttribute("csrf")).as("the last write wins").isEqualTo("second");
	}

	@Test
	void anIdleSessionStillExpiresThoughItIsHeld() throws InterruptedException {
		HeldSessionRepository a = node(nodeA);
		HeldSessionRepository.HeldSession session = a.createSession();
		session.setMaxInactiveInterval(Duration.ofSeconds(1));
		a.save(session);
		assertThat(a.findById(session.getId())).isNotNull();

		Thread.sleep(1_300);

		assertThat(a.findById(session.getId())).isNull();
	}

	private String signedIn(HeldSessionRepository node) {
		HeldSessionRepository.HeldSession session = node.createSession();
		session.setAttribute("user", "monitor");
		node.save(session);
		return session.getId();
	}

	private long lastAccess(String id) {
		return jdbc.sql("SELECT last_access_time FROM spring_session WHERE session_id = ?").param(id).query(Long.class)
			.single();
	}

	// another node: its own Spring Session JDBC repository on the same database, configured as the application's
	private HeldSessionRepository node(AtomicLong clock) {
		JdbcIndexedSessionRepository jdbcRepository = new JdbcIndexedSessionRepository(new JdbcTemplate(dataSource),
				new TransactionTemplate(transactions));
		concurrentAttributeWrites.customize(jdbcRepository);
		SessionRepository<? extends Session> store = jdbcRepository;
		return new HeldSessionRepository(store, RECHECK, Duration.ofMinutes(1), clock::get, Clock.systemUTC());
	}

	private static void logIn(HttpClient browser, String base) throws Exception {
		String token = csrf(browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body());
		String form = "username=admin&password=" + URLEncoder.encode(TestUsers.ADMIN_PASSWORD, StandardCharsets.UTF_8)
				+ "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
		HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
	}

	private static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("a form with a CSRF token").isTrue();
		return matcher.group(1);
	}
}
