package vn.plantrack.tracking;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.plantrack.registry.Role;
import vn.plantrack.registry.UserAccounts;
import vn.plantrack.tracking.TaskResponsibility.Assignment;

/**
 * The daily reminder e-mail of each agency: reports due within a week or overdue, its tasks due within two
 * weeks or overdue, and explanation requests it has not answered. At most one digest per agency per day,
 * even with several application nodes: the day's row is claimed in the database before the mail is sent,
 * and a failed send releases it for the next run.
 */
@Service
public class ReminderDigests {

	private static final Logger log = LoggerFactory.getLogger(ReminderDigests.class);

	static final int REPORT_LOOKAHEAD_DAYS = 7;

	static final int TASK_LOOKAHEAD_DAYS = 14;

	/** Reports longer overdue than this are the monitoring office's business, not a daily reminder. */
	static final int REPORT_LOOKBACK_DAYS = 60;

	static final int MAX_LINES = 30;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final JdbcClient jdbc;

	private final TaskResponsibility responsibility;

	private final Explanations explanations;

	private final UserAccounts users;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final String from;

	ReminderDigests(JdbcClient jdbc, TaskResponsibility responsibility, Explanations explanations, UserAccounts users,
			ObjectProvider<JavaMailSender> mailSender, TransactionTemplate transactions, Clock clock,
			@Value("${plantrack.reminders.from:plantrack@localhost}") String from) {
		this.jdbc = jdbc;
		this.responsibility = responsibility;
		this.explanations = explanations;
		this.users = users;
		this.mailSender = mailSender;
		this.transactions = transactions;
		this.clock = clock;
		this.from = from;
	}

	public record Digest(long agencyId, String agency, List<String> lines) {
	}

	/** A digest that went out: to whom, on which day, with how many items. */
	public record Sent(long agencyId, String agency, LocalDate sentOn, String recipients, int items,
			OffsetDateTime sentAt) {
	}

	/** The digests sent between {@code from} and {@code to} (both included), a REPORTER's own agency only. */
	public List<Sent> sent(LocalDate from, LocalDate to, Actor actor) {
		if (from.isAfter(to)) {
			throw TrackingException.invalid("Ngày bắt đầu " + from + " sau ngày kết thúc " + to);
		}
		return jdbc.sql("""
				SELECT r.agency_id, a.name, r.sent_on, r.recipients, r.items, r.sent_at
				FROM reminder_digest r JOIN agency a ON a.id = r.agency_id
				WHERE r.sent_on BETWEEN ? AND ? ORDER BY r.sent_on, a.name""")
			.params(Date.valueOf(from), Date.valueOf(to))
			.query((rs, n) -> new Sent(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getString(4), rs.getInt(5), rs.getObject(6, OffsetDateTime.class)))
			.list()
			.stream()
			.filter(sent -> !actor.reporter() || actor.reportsFor(sent.agencyId()))
			.toList();
	}

	/** What would go out on {@code day}, a REPORTER's own agency only. */
	public List<Digest> preview(LocalDate day, Actor actor) {
		return digests(day).stream().filter(d -> !actor.reporter() || actor.reportsFor(d.agencyId())).toList();
	}

	/** The job run by hand (a MONITOR or an ADMIN): the same claim-then-send, so it never sends twice a day. */
	public int sendDue(Actor actor) {
		if (actor.role() != Role.MONITOR && actor.role() != Role.ADMIN) {
			throw TrackingException.notPermitted("Chỉ cán bộ theo dõi (MONITOR) hoặc quản trị (ADMIN) được chạy gửi nhắc việc");
		}
		return sendDue();
	}

	/** What each agency is to be reminded of on {@code today}, agencies with nothing to do left out. */
	public List<Digest> digests(LocalDate today) {
		Map<Long, List<String>> lines = new TreeMap<>();
		addReports(today, lines);
		addTasks(today, lines);
		for (long agencyId : agenciesWithOpenRequests()) {
			for (Explanations.Request request : explanations.openFor(agencyId)) {
				lines.computeIfAbsent(agencyId, id -> new ArrayList<>())
					.add("Yêu cầu giải trình về nhiệm vụ " + taskLabel(request.taskId()) + ": trả lời trước ngày "
							+ DAY.format(request.dueBefore()) + " — " + abbreviate(request.question(), 160));
			}
		}
		List<Digest> digests = new ArrayList<>();
		lines.forEach((agencyId, agencyLines) -> digests.add(new Digest(agencyId, agencyName(agencyId), agencyLines)));
		return digests;
	}

	/** Sends today's digests not yet sent; returns how many went out. Without a mail server it sends nothing. */
	public int sendDue() {
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender == null) {
			log.debug("No mail server configured (spring.mail.host): reminders not sent");
			return 0;
		}
		LocalDate today = LocalDate.now(clock);
		int sent = 0;
		for (Digest digest : digests(today)) {
			List<String> recipients = users.reporterEmails(digest.agencyId());
			if (recipients.isEmpty()) {
				continue;
			}
			try {
				transactions.executeWithoutResult(status -> {
					claim(digest, today, recipients);
					sender.send(message(digest, today, recipients));
				});
				sent++;
			}
			catch (DataIntegrityViolationException | TransientDataAccessException ex) {
				// another node (or an earlier run today) sent this agency's digest, or is sending it right now
				// (lock timeout); if that node fails, the next hourly run sends it
			}
		}
		return sent;
	}

	private void claim(Digest digest, LocalDate today, List<String> recipients) {
		jdbc.sql("INSERT INTO reminder_digest (agency_id, sent_on, recipients, items, sent_at) VALUES (?, ?, ?, ?, ?)")
			.params(digest.agencyId(), Date.valueOf(today), abbreviate(String.join(", ", recipients), 2000),
					digest.lines().size(), Timestamp.from(clock.instant()))
			.update();
	}

	private SimpleMailMessage message(Digest digest, LocalDate today, List<String> recipients) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(recipients.toArray(String[]::new));
		message.setSubject("[PlanTrack] Nhắc việc ngày " + DAY.format(today) + " – " + digest.agency());
		StringBuilder text = new StringBuilder("Kính gửi " + digest.agency() + ",\n\nCác việc cần lưu ý:\n");
		List<String> shown = digest.lines().subList(0, Math.min(MAX_LINES, digest.lines().size()));
		shown.forEach(line -> text.append("- ").append(line).append('\n'));
		if (digest.lines().size() > MAX_LINES) {
			text.append("- và ").append(digest.lines().size() - MAX_LINES).append(" việc khác\n");
		}
		text.append("\nThư tự động của hệ thống theo dõi thực hiện kế hoạch (PlanTrack); mỗi ngày tối đa một thư.\n");
		message.setText(text.toString());
		return message;
	}

	// an agency granted an extension is reminded of its own new date, not chased for the cycle's original one
	private void addReports(LocalDate today, Map<Long, List<String>> lines) {
		jdbc.sql("""
				SELECT c.id, c.frequency, c.period_year, c.period_index, COALESCE(e.new_due_date, c.due_before) AS due_before,
				       e.new_due_date, ca.agency_id, COALESCE(d.symbol, d.title) AS plan
				FROM reporting_cycle c JOIN cycle_agency ca ON ca.cycle_id = c.id JOIN document d ON d.id = c.document_id
				LEFT JOIN cycle_exception e ON e.cycle_id = c.id AND e.agency_id = ca.agency_id
				WHERE COALESCE(e.new_due_date, c.due_before) BETWEEN ? AND ?
				AND NOT EXISTS (SELECT 1 FROM submission s WHERE s.cycle_id = c.id AND s.agency_id = ca.agency_id
				                AND s.status IN ('SUBMITTED', 'ACCEPTED'))
				ORDER BY 5, c.id""")
			.params(Date.valueOf(today.minusDays(REPORT_LOOKBACK_DAYS)), Date.valueOf(today.plusDays(REPORT_LOOKAHEAD_DAYS)))
			.query(rs -> {
				Frequency frequency = Frequency.valueOf(rs.getString("frequency"));
				int index = rs.getInt("period_index");
				String period = frequency == Frequency.MONTHLY ? "tháng " + index + "/" + rs.getInt("period_year")
						: frequency.label() + " " + rs.getInt("period_year");
				LocalDate due = rs.getObject("due_before", LocalDate.class);
				lines.computeIfAbsent(rs.getLong("agency_id"), id -> new ArrayList<>())
					.add("Báo cáo " + period + " (" + rs.getString("plan") + "): gửi trước ngày " + DAY.format(due)
							+ (rs.getObject("new_due_date") == null ? " " : " (đã được gia hạn) ")
							+ remaining(today, due.minusDays(1)));
			});
	}

	private void addTasks(LocalDate today, Map<Long, List<String>> lines) {
		record Due(long taskId, LocalDate due) {
		}
		List<Due> tasks = jdbc.sql("""
				SELECT id, COALESCE(due_date, period_end) AS due FROM task
				WHERE status NOT IN ('DONE', 'CANCELLED') AND recurrence IS NULL
				AND COALESCE(due_date, period_end) <= ? ORDER BY due, id""")
			.param(Date.valueOf(today.plusDays(TASK_LOOKAHEAD_DAYS)))
			.query((rs, n) -> new Due(rs.getLong("id"), rs.getObject("due", LocalDate.class)))
			.list();
		for (Due task : tasks) {
			for (Assignment lead : responsibility.currentResponsible(task.taskId(), today).lead()) {
				if (lead.current() != null) {
					lines.computeIfAbsent(lead.current().id(), id -> new ArrayList<>())
						.add("Nhiệm vụ " + taskLabel(task.taskId()) + ": hạn " + DAY.format(task.due()) + " "
								+ remaining(today, task.due()));
				}
			}
		}
	}

	private List<Long> agenciesWithOpenRequests() {
		return jdbc.sql("SELECT DISTINCT agency_id FROM explanation_request WHERE answer IS NULL ORDER BY agency_id")
			.query(Long.class)
			.list();
	}

	/** "(còn 3 ngày)", "(hết hạn hôm nay)", "(đã quá hạn 2 ngày)" counted to the last allowed day. */
	private static String remaining(LocalDate today, LocalDate lastDay) {
		long days = ChronoUnit.DAYS.between(today, lastDay);
		if (days > 0) {
			return "(còn " + days + " ngày)";
		}
		return days == 0 ? "(hết hạn hôm nay)" : "(đã quá hạn " + (-days) + " ngày)";
	}

	private String taskLabel(long taskId) {
		return jdbc.sql("SELECT code, title FROM task WHERE id = ?")
			.param(taskId)
			.query((rs, n) -> (rs.getString(1) == null ? "" : rs.getString(1) + " ") + "«" + abbreviate(rs.getString(2), 120) + "»")
			.single();
	}

	private String agencyName(long agencyId) {
		return jdbc.sql("SELECT name FROM agency WHERE id = ?").param(agencyId).query(String.class).single();
	}

	private static String abbreviate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}
}
