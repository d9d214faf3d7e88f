package vn.plantrack.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.plantrack.extract.DocumentInfo;
import vn.plantrack.extract.Extraction;
import vn.plantrack.extract.TaskItem;
import vn.plantrack.registry.AuditChain;
import vn.plantrack.registry.DocumentImport;
import vn.plantrack.registry.PlanConfirmation;
import vn.plantrack.registry.Role;
import vn.plantrack.registry.UserAccounts;
import vn.plantrack.reporting.ApiTokens;
import vn.plantrack.support.TestUsers;
import vn.plantrack.tracking.SonLaPlans;

/**
 * The short CI version of the deadline rush (bench/rush/run.sh is the full one): {@link #REPORTERS}
 * reporters of as many agencies, each with its own WRITE API token, released at the same instant against the real embedded server, each save
 * their six-month report and submit it over HTTP; a fifth of them also send everything twice at once, as
 * a double click or a client retry does. Then: no request failed, every agency's report is stored
 * exactly once with exactly its own lines, the duplicates were absorbed or refused with 409, and the audit
 * chain still verifies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "plantrack.samples.import-on-first-start=false")
abstract class DeadlineRushIntegrationTests {

	static final int REPORTERS = 50;

	static final String PASSWORD = "reporter-Password-1";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAccounts users;

	@Autowired
	DocumentImport documentImport;

	@Autowired
	PlanConfirmation confirmation;

	@Autowired
	AuditChain auditChain;

	@Autowired
	ApiTokens apiTokens;

	record Outcome(int reporter, String step, int status, String body) {
	}

	@Test
	void fiftyReportersSubmittingAtOnceAreAllStoredExactlyOnceAndTheAuditChainHolds() throws Exception {
		long plan = SonLaPlans.register(documentImport, confirmation, jdbc, planWithOneTaskPerAgency(REPORTERS));
		RushClient.Login monitor = new RushClient.Login("monitor-rush", PASSWORD);
		users.create(monitor.user(), PASSWORD, Role.MONITOR, null, "tester");
		List<Long> tasks = jdbc.sql("SELECT id FROM task WHERE document_id = ? ORDER BY source_line").param(plan)
			.query(Long.class).list();
		List<Long> agencies = new ArrayList<>();
		for (long task : tasks) {
			agencies.add(jdbc.sql("SELECT agency_id FROM task_agency WHERE task_id = ? AND role = 'LEAD'").param(task)
				.query(Long.class).single());
		}
		List<String> tokens = createReporters(agencies);
		RushClient client = new RushClient(port);
		assertThat(client.post("/api/cycles/schedules",
				Map.of("documentId", plan, "frequency", "SEMIANNUAL", "dueDay", 15, "dueMonth", 6), monitor).statusCode())
			.isEqualTo(200);
		// next year's first half: its deadline is ahead, so the rush is before the cycle locks
		HttpResponse<String> opened = client.post("/api/cycles",
				Map.of("documentId", plan, "frequency", "SEMIANNUAL", "year", LocalDate.now().getYear() + 1, "index", 1), monitor);
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
		long cycle = RushClient.json(opened).path("id").asLong();
		assertThat(RushClient.json(opened).path("agencies").size()).isEqualTo(REPORTERS);
		long auditBefore = count("SELECT COUNT(*) FROM audit_event");

		ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(REPORTERS + REPORTERS / 5);
		List<Future<?>> running = new ArrayList<>();
		for (int r = 0; r < REPORTERS; r++) {
			int reporter = r;
			Runnable report = () -> rush(client, cycle, reporter, tasks.get(reporter), tokens.get(reporter), start, outcomes);
			running.add(pool.submit(report));
			if (reporter % 5 == 0) {
				running.add(pool.submit(report)); // the same report sent twice at once
			}
		}
		long began = System.nanoTime();
		start.countDown();
		for (Future<?> future : running) {
			future.get(300, TimeUnit.SECONDS);
		}
		Duration took = Duration.ofNanos(System.nanoTime() - began);
		pool.shutdown();

		List<Outcome> failed = outcomes.stream().filter(o -> o.status() != 200 && o.status() != 409).toList();
		assertThat(failed).as("requests that failed").isEmpty();
		// a 409 is only ever the twin of a duplicated report, never a lone reporter's request
		assertThat(outcomes.stream().filter(o -> o.status() == 409)).allSatisfy(o -> assertThat(o.reporter() % 5).isZero());
		assertThat(count("SELECT COUNT(*) FROM submission WHERE cycle_id = ?", cycle)).isEqualTo(REPORTERS);
		assertThat(count("SELECT COUNT(*) FROM submission WHERE cycle_id = ? AND status = 'SUBMITTED'", cycle))
			.isEqualTo(REPORTERS);
		assertThat(count("SELECT COUNT(DISTINCT agency_id) FROM submission WHERE cycle_id = ?", cycle)).isEqualTo(REPORTERS);
		for (int r = 0; r < REPORTERS; r++) {
			long agency = agencies.get(r);
			List<Map<String, Object>> lines = jdbc.sql("""
					SELECT st.task_id, st.percent, st.narrative FROM submission s JOIN submission_task st ON st.submission_id = s.id
					WHERE s.cycle_id = ? AND s.agency_id = ?""").params(cycle, agency).query().listOfRows();
			assertThat(lines).as("reporter " + r).hasSize(1);
			assertThat(((Number) lines.get(0).get("task_id")).longValue()).isEqualTo(tasks.get(r));
			assertThat(((Number) lines.get(0).get("percent")).intValue()).isEqualTo(percentOf(r));
			assertThat(lines.get(0).get("narrative")).isEqualTo(narrativeOf(r));
		}
		// one SUBMISSION_SUBMITTED per report: a duplicate submit never moved a report twice
		assertThat(count("SELECT COUNT(*) FROM audit_event WHERE action = 'SUBMISSION_SUBMITTED' AND id > 0"))
			.isEqualTo(REPORTERS);
		assertThat(count("SELECT COUNT(*) FROM audit_event")).isGreaterThan(auditBefore);
		AuditChain.Verification verification = auditChain.verify();
		assertThat(verification.intact()).as(String.valueOf(verification.problem())).isTrue();
		System.out.printf("deadline rush: %d reporters, %d requests, %d refused as duplicates, %d failed, %d ms%n",
				REPORTERS, outcomes.size(), outcomes.stream().filter(o -> o.status() == 409).count(), failed.size(),
				took.toMillis());
	}

	private void rush(RushClient client, long cycle, int reporter, long task, String token, CountDownLatch start,
			ConcurrentLinkedQueue<Outcome> outcomes) {
		// the reporter's API token: authenticated once when created, no password check per request
		RushClient.Login login = RushClient.Login.bearer(username(reporter), token);
		try {
			start.await();
			HttpResponse<String> saved = client.post("/api/cycles/" + cycle + "/submissions", Map.of("narrative",
					"Báo cáo 6 tháng của đơn vị " + reporter, "tasks",
					List.of(Map.of("taskId", task, "percent", percentOf(reporter), "narrative", narrativeOf(reporter)))), login);
			outcomes.add(new Outcome(reporter, "save", saved.statusCode(), saved.body()));
			if (saved.statusCode() != 200) {
				return;
			}
			long id = RushClient.json(saved).path("id").asLong();
			HttpResponse<String> submitted = client.post("/api/submissions/" + id + "/submit", "", login);
			outcomes.add(new Outcome(reporter, "submit", submitted.statusCode(), submitted.body()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			outcomes.add(new Outcome(reporter, "exception", -1, ex.toString()));
		}
	}

	/** One account and one WRITE API token per reporter; returns the tokens' secrets. */
	private List<String> createReporters(List<Long> agencies) throws Exception {
		// BCrypt is slow on purpose; two threads halve the set-up on a two-core machine
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<String>> created = new ArrayList<>();
		for (int r = 0; r < agencies.size(); r++) {
			int reporter = r;
			created.add(pool.submit(() -> {
				users.create(username(reporter), PASSWORD, Role.REPORTER, agencies.get(reporter), "tester");
				return apiTokens.create(username(reporter), "rush", "WRITE").token();
			}));
		}
		List<String> tokens = new ArrayList<>();
		for (Future<String> future : created) {
			tokens.add(future.get());
		}
		pool.shutdown();
		return tokens;
	}

	/** A Sơn La plan whose task n is led by its own agency "Ban thử tải số n" (lines 10, 11, …). */
	static Extraction planWithOneTaskPerAgency(int agencies) {
		List<TaskItem> tasks = new ArrayList<>();
		for (int n = 0; n < agencies; n++) {
			tasks.add(new TaskItem(Integer.toString(n + 1), "I", "Nhiệm vụ thử tải số " + (n + 1),
					List.of(agencyName(n)), List.of(), null, null, 10 + n));
		}
		DocumentInfo info = new DocumentInfo("Kế hoạch", null, LocalDate.of(2026, 1, 5), "UBND tỉnh Sơn La", "Sơn La",
				"2026-2030", null, List.of(), List.of());
		return new Extraction("rush-plan.txt", info, List.of(), tasks, List.of(), List.of(), List.of(), List.of());
	}

	static String agencyName(int n) {
		return String.format("Ban thử tải số %03d", n + 1);
	}

	static String username(int reporter) {
		return String.format("rush%03d", reporter);
	}

	static int percentOf(int reporter) {
		return 1 + reporter % 100;
	}

	static String narrativeOf(int reporter) {
		return "Đơn vị " + reporter + " đã thực hiện " + percentOf(reporter) + "% nhiệm vụ";
	}

	private long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	static String adminPassword() {
		return TestUsers.ADMIN_PASSWORD;
	}
}
