package vn.plantrack.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/**
 * SIGKILL in the middle of a deadline rush (bench/rush/kill.sh is the full version): the real server (a
 * child JVM on an H2 file database), {@link #REPORTERS} reporters with their own API tokens released at
 * once to save and submit; once half the submits were answered the server is killed with
 * {@code destroyForcibly}, then restarted on the same data. Every submit answered 200 survived whole, nothing
 * is half-written, and every reporter left without an answer submits again and succeeds.
 */
class KillDuringRushTests {

	static final int REPORTERS = 40;

	static final String PASSWORD = "reporter-Password-1";

	@TempDir
	Path dataDir;

	/** What one reporter was told before the kill: its submit answered 200, or not (error or no answer). */
	record Reporter(int number, long agency, long task, String token) {
	}

	@Test
	void aServerKilledHalfwayThroughARushKeepsEveryAnsweredReportAndLetsTheOthersSubmitAgain() throws Exception {
		try (ServerProcess server = ServerProcess.start(dataDir)) {
			RushClient client = new RushClient(server.port());
			RushClient.Login admin = new RushClient.Login("admin", ServerProcess.ADMIN_PASSWORD);
			long plan = confirmedPlan(client, admin);
			AdminPages pages = new AdminPages(server.port(), ServerProcess.ADMIN_PASSWORD);
			RushClient.Login monitor = new RushClient.Login("monitor-kill", PASSWORD);
			pages.createUser(monitor.user(), PASSWORD, "MONITOR", null);
			assertThat(client.post("/api/cycles/schedules",
					Map.of("documentId", plan, "frequency", "SEMIANNUAL", "dueDay", 15, "dueMonth", 6), monitor).statusCode())
				.isEqualTo(200);
			// next year's first half: its deadline is ahead, so the cycle is open
			HttpResponse<String> opened = client.post("/api/cycles",
					Map.of("documentId", plan, "frequency", "SEMIANNUAL", "year", LocalDate.now().getYear() + 1, "index", 1),
					monitor);
			assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
			long cycle = RushClient.json(opened).path("id").asLong();
			Map<String, Long> agencyIds = new HashMap<>();
			for (JsonNode agency : RushClient.json(opened).path("agencies")) {
				agencyIds.put(agency.path("name").asString(), agency.path("id").asLong());
			}
			Map<Integer, Long> taskIds = new HashMap<>();
			for (JsonNode task : RushClient.json(client.get("/api/tasks?documentId=" + plan, admin))) {
				taskIds.put(Integer.parseInt(task.path("code").asString()) - 1, task.path("id").asLong());
			}
			List<Reporter> reporters = createReporters(client, pages, agencyIds, taskIds);

			// the rush; the reporter thread whose answer makes half the submits answered kills the server
			Set<Integer> answered = ConcurrentHashMap.newKeySet();
			AtomicBoolean killed = new AtomicBoolean();
			AtomicInteger noAnswer = new AtomicInteger();
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(REPORTERS);
			List<Future<?>> running = new ArrayList<>();
			for (Reporter reporter : reporters) {
				running.add(pool.submit(() -> {
					start.await();
					Outcome outcome = report(client, cycle, reporter);
					if (outcome == Outcome.SUBMITTED) {
						answered.add(reporter.number());
						if (answered.size() >= REPORTERS / 2 && killed.compareAndSet(false, true)) {
							server.kill();
						}
					}
					else if (outcome == Outcome.NO_ANSWER) {
						noAnswer.incrementAndGet();
					}
					return null;
				}));
			}
			start.countDown();
			for (Future<?> future : running) {
				future.get(300, TimeUnit.SECONDS);
			}
			pool.shutdown();
			assertThat(killed).as("the server was killed during the rush").isTrue();
			int answeredBeforeKill = answered.size();
			System.out.printf("kill during rush: SIGKILL after %d of %d submits answered 200; %d calls got no answer%n",
					answeredBeforeKill, REPORTERS, noAnswer.get());

			server.restart();
			// everyone without an answer tries again: save and submit, or finds the report already sent (its
			// commit happened, only the answer was lost)
			List<String> retryFailures = new ArrayList<>();
			int resubmitted = 0;
			int foundSent = 0;
			for (Reporter reporter : reporters) {
				if (answered.contains(reporter.number())) {
					continue;
				}
				Outcome retry = report(client, cycle, reporter);
				if (retry == Outcome.SUBMITTED) {
					resubmitted++;
				}
				else if (retry == Outcome.ALREADY_SENT) {
					foundSent++;
				}
				else {
					retryFailures.add("reporter " + reporter.number() + ": " + retry);
				}
			}
			System.out.printf("kill during rush: after the restart %d reporters submitted again, %d found theirs already sent%n",
					resubmitted, foundSent);
			assertThat(retryFailures).as("reporters who could not submit after the restart").isEmpty();
			assertThat(resubmitted + foundSent + answeredBeforeKill).isEqualTo(REPORTERS);
			server.close();

			try (Connection db = server.database()) {
				// every reporter (answered before the kill, or after its retry) has one SUBMITTED report with exactly
				// its own line
				for (Reporter reporter : reporters) {
					List<String> lines = strings(db, """
							SELECT s.status || '|' || st.task_id || '|' || st.percent || '|' || st.narrative
							FROM submission s LEFT JOIN submission_task st ON st.submission_id = s.id
							WHERE s.cycle_id = ? AND s.agency_id = ?""", cycle, reporter.agency());
					assertThat(lines).as("reporter " + reporter.number() + (answered.contains(reporter.number())
							? " (answered 200 before the kill)" : " (submitted again after the restart)"))
						.containsExactly("SUBMITTED|" + reporter.task() + "|" + percentOf(reporter.number()) + "|"
								+ narrativeOf(reporter.number()));
				}
				// nothing half-written
				assertThat(count(db, """
						SELECT COUNT(*) FROM submission s WHERE s.cycle_id = ?
						AND (SELECT COUNT(*) FROM submission_task t WHERE t.submission_id = s.id) <> 1""", cycle))
					.as("reports without exactly their one line").isZero();
				assertThat(count(db, """
						SELECT COUNT(*) FROM submission_task t WHERE ? > 0
						AND NOT EXISTS (SELECT 1 FROM submission s WHERE s.id = t.submission_id)""", cycle))
					.as("lines without their report").isZero();
				assertThat(count(db, """
						SELECT COUNT(*) FROM progress_update p WHERE ? > 0 AND p.submission_id IS NOT NULL
						AND NOT EXISTS (SELECT 1 FROM submission s WHERE s.id = p.submission_id)""", cycle))
					.as("task progress without its report").isZero();
				assertThat(count(db, """
						SELECT COUNT(*) FROM audit_event e WHERE ? > 0 AND e.entity = 'submission'
						AND NOT EXISTS (SELECT 1 FROM submission s WHERE CAST(s.id AS VARCHAR(20)) = e.entity_id)""", cycle))
					.as("audit events naming a report that is absent").isZero();
				assertThat(count(db, """
						SELECT COUNT(*) FROM (SELECT agency_id FROM submission WHERE cycle_id = ?
						GROUP BY agency_id HAVING COUNT(*) > 1) x""", cycle))
					.as("agencies with two reports in the cycle").isZero();
				long submitted = count(db, "SELECT COUNT(*) FROM submission WHERE cycle_id = ? AND status = 'SUBMITTED'", cycle);
				assertThat(submitted).isEqualTo(REPORTERS);
				assertThat(count(db, """
						SELECT COUNT(*) FROM audit_event e WHERE e.action = 'SUBMISSION_SUBMITTED' AND e.entity_id IN
						(SELECT CAST(s.id AS VARCHAR(20)) FROM submission s WHERE s.cycle_id = ?)""", cycle))
					.as("SUBMISSION_SUBMITTED events").isEqualTo(submitted);
			}
			Cli.Run verify = server.command("audit", "verify");
			assertThat(verify.exitCode()).as(verify.err()).isZero();
			assertThat(verify.out()).contains("audit chain intact");
		}
	}

	enum Outcome {
		SUBMITTED, ALREADY_SENT, REFUSED, NO_ANSWER
	}

	/** Saves and submits the reporter's report with its token; a connection lost to the kill is NO_ANSWER. */
	private static Outcome report(RushClient client, long cycle, Reporter reporter) {
		RushClient.Login login = RushClient.Login.bearer("rush" + reporter.number(), reporter.token());
		try {
			HttpResponse<String> saved = client.postOrThrow("/api/cycles/" + cycle + "/submissions",
					Map.of("narrative", "Báo cáo 6 tháng của đơn vị " + reporter.number(), "tasks",
							List.of(Map.of("taskId", reporter.task(), "percent", percentOf(reporter.number()), "narrative",
									narrativeOf(reporter.number())))),
					login);
			if (saved.statusCode() == 409 && saved.body().contains("đã được gửi")) {
				return Outcome.ALREADY_SENT;
			}
			if (saved.statusCode() != 200) {
				return Outcome.REFUSED;
			}
			long id = RushClient.json(saved).path("id").asLong();
			HttpResponse<String> sent = client.postOrThrow("/api/submissions/" + id + "/submit", "", login);
			return sent.statusCode() == 200 ? Outcome.SUBMITTED : Outcome.REFUSED;
		}
		catch (IOException connectionLost) {
			return Outcome.NO_ANSWER;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Outcome.NO_ANSWER;
		}
	}

	/** Accounts through the admin page and one WRITE token each (their only password check), four at a time. */
	private static List<Reporter> createReporters(RushClient client, AdminPages pages, Map<String, Long> agencyIds,
			Map<Integer, Long> taskIds) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<Reporter>> created = new ArrayList<>();
		for (int r = 0; r < REPORTERS; r++) {
			int number = r;
			created.add(pool.submit(() -> {
				long agency = agencyIds.get(agencyName(number));
				pages.createUser("rush" + number, PASSWORD, "REPORTER", agency);
				HttpResponse<String> token = client.post("/api/tokens", Map.of("name", "rush", "scope", "WRITE"),
						new RushClient.Login("rush" + number, PASSWORD));
				if (token.statusCode() != 201) {
					throw new IllegalStateException("token of rush" + number + ": " + token.statusCode() + " " + token.body());
				}
				return new Reporter(number, agency, taskIds.get(number), RushClient.json(token).path("token").asString());
			}));
		}
		List<Reporter> reporters = new ArrayList<>();
		for (Future<Reporter> future : created) {
			reporters.add(future.get(300, TimeUnit.SECONDS));
		}
		pool.shutdown();
		return reporters;
	}

	/** A small Sơn La plan uploaded and confirmed through the API: task n led by its own agency. */
	private static long confirmedPlan(RushClient client, RushClient.Login admin) {
		String text = "ỦY BAN NHÂN DÂN TỈNH SƠN LA\n\nSơn La, ngày 05 tháng 01 năm 2026\n\nKẾ HOẠCH\n\nThử hạn nộp báo cáo\n";
		HttpResponse<String> uploaded = client.upload("/api/documents", "kill-rush.txt", text.getBytes(StandardCharsets.UTF_8),
				admin);
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
		long plan = RushClient.json(uploaded).path("id").asLong();
		List<Map<String, Object>> tasks = new ArrayList<>();
		for (int n = 0; n < REPORTERS; n++) {
			Map<String, Object> task = new HashMap<>();
			task.put("code", Integer.toString(n + 1));
			task.put("group", "I");
			task.put("title", "Nhiệm vụ thử tải số " + (n + 1));
			task.put("lead", List.of(agencyName(n)));
			task.put("coordinating", List.of());
			task.put("period", null);
			task.put("resources", null);
			task.put("line", 10 + n);
			tasks.add(task);
		}
		Map<String, Object> document = new HashMap<>();
		document.put("kind", "Kế hoạch");
		document.put("symbol", null);
		document.put("issued", "2026-01-05");
		document.put("issuer", "UBND tỉnh Sơn La");
		document.put("locality", "Sơn La");
		document.put("term", "2026-2030");
		document.put("signer", null);
		document.put("implementsSymbols", List.of());
		document.put("replacesSymbols", List.of());
		Map<String, Object> extraction = new HashMap<>();
		extraction.put("source", "kill-rush.txt");
		extraction.put("document", document);
		extraction.put("tables", List.of());
		extraction.put("tasks", tasks);
		extraction.put("indicators", List.of());
		extraction.put("projects", List.of());
		extraction.put("citations", List.of());
		extraction.put("findings", List.of());
		HttpResponse<String> confirmed = client.post("/api/documents/" + plan + "/confirm", extraction, admin);
		assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
		return plan;
	}

	static String agencyName(int n) {
		return String.format("Ban thử tải số %03d", n + 1);
	}

	static int percentOf(int reporter) {
		return 1 + reporter % 100;
	}

	static String narrativeOf(int reporter) {
		return "Đơn vị " + reporter + " đã thực hiện " + percentOf(reporter) + "% nhiệm vụ";
	}

	private static long count(Connection db, String sql, long cycle) throws Exception {
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			statement.setLong(1, cycle);
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	private static List<String> strings(Connection db, String sql, long cycle, long agency) throws Exception {
		List<String> rows = new ArrayList<>();
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			statement.setLong(1, cycle);
			statement.setLong(2, agency);
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					rows.add(rs.getString(1));
				}
			}
		}
		return rows;
	}
}
