package vn.plantrack.reporting;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import vn.plantrack.registry.AuditLog;

/**
 * An agency's deadlines as an iCalendar feed its staff subscribe to: the due dates of the tasks it leads
 * and the report due dates of the plans it works on (the Nghị định 09/2019 cut-offs 14/6 and 14/12 of this
 * year and the next). The feed URL carries a secret token that a MONITOR or the agency can revoke.
 */
@Service
public class CalendarFeeds {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	CalendarFeeds(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** A newly created feed; the token is shown once and stored only as its hash. */
	public record Feed(long id, long agencyId, String token) {
	}

	@Transactional
	public Feed create(long agencyId, String actor) {
		if (jdbc.sql("SELECT COUNT(*) FROM agency WHERE id = ?").param(agencyId).query(Long.class).single() == 0) {
			throw new IllegalArgumentException("cơ quan mã số " + agencyId + " không tồn tại");
		}
		String token = SecretTokens.create("cal_");
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO calendar_feed (agency_id, token_hash, created_by, created_at) VALUES (?, ?, ?, ?)")
			.params(agencyId, SecretTokens.hash(token), actor, Timestamp.from(clock.instant()))
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		audit.record(actor, "CALENDAR_FEED_CREATED", "calendar_feed", Long.toString(id), null, "agency=" + agencyId);
		return new Feed(id, agencyId, token);
	}

	/** @return false when no such active feed exists */
	@Transactional
	public boolean revoke(long feedId, String actor) {
		int changed = jdbc.sql("UPDATE calendar_feed SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
			.params(Timestamp.from(clock.instant()), feedId)
			.update();
		if (changed > 0) {
			audit.record(actor, "CALENDAR_FEED_REVOKED", "calendar_feed", Long.toString(feedId), "active", "revoked");
		}
		return changed > 0;
	}

	/** The agency a feed belongs to, for the "own agency only" check. */
	public Optional<Long> agencyOf(long feedId) {
		return jdbc.sql("SELECT agency_id FROM calendar_feed WHERE id = ?").param(feedId).query(Long.class).optional();
	}

	/** The agency a user reports for (REPORTER accounts are bound to one). */
	public Optional<Long> agencyOfUser(String username) {
		return jdbc.sql("SELECT agency_id FROM app_user WHERE username = ? AND agency_id IS NOT NULL")
			.param(username)
			.query(Long.class)
			.optional();
	}

	/** The feed's calendar, or empty when the token is unknown or revoked. */
	public Optional<String> ics(String token) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT agency_id FROM calendar_feed WHERE token_hash = ? AND revoked_at IS NULL")
			.param(SecretTokens.hash(token))
			.query(Long.class)
			.optional()
			.map(this::calendar);
	}

	private String calendar(long agencyId) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//PlanTrack//Lich han nhiem vu//VI"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		List<Map<String, Object>> tasks = jdbc.sql("""
				SELECT t.id, t.code, t.title, t.status, COALESCE(t.due_date, t.period_end) AS due, d.symbol, d.title AS plan_title
				FROM task t JOIN task_agency ta ON ta.task_id = t.id JOIN document d ON d.id = t.document_id
				WHERE ta.agency_id = ? AND ta.role = 'LEAD' AND COALESCE(t.due_date, t.period_end) IS NOT NULL
				ORDER BY due, t.id""").param(agencyId).query().listOfRows();
		for (Map<String, Object> task : tasks) {
			LocalDate due = ((Date) task.get("due")).toLocalDate();
			String code = task.get("code") == null ? "" : task.get("code") + " ";
			String done = "DONE".equals(task.get("status")) ? " (đã hoàn thành)" : "";
			VEvent event = new VEvent(due, "Hạn nhiệm vụ " + code + task.get("title") + done);
			event.add(new Uid("task-" + task.get("id") + "@plantrack"));
			event.add(new Description("Kế hoạch " + plan(task)));
			calendar.add(event);
		}
		List<Map<String, Object>> plans = jdbc.sql("""
				SELECT DISTINCT d.id, d.symbol, d.title AS plan_title FROM document d JOIN task t ON t.document_id = d.id
				JOIN task_agency ta ON ta.task_id = t.id WHERE ta.agency_id = ?
				UNION SELECT d.id, d.symbol, d.title AS plan_title FROM document d JOIN indicator i ON i.document_id = d.id
				WHERE i.lead_agency_id = ?""").params(agencyId, agencyId).query().listOfRows();
		int year = LocalDate.now(clock).getYear();
		for (Map<String, Object> plan : plans) {
			for (int y = year; y <= year + 1; y++) {
				for (ReportCycle cycle : List.of(ReportCycle.parse(y + "-H1", null), ReportCycle.parse(Integer.toString(y), null))) {
					VEvent event = new VEvent(cycle.end(), "Hạn số liệu báo cáo " + cycle.label() + " — " + plan(plan));
					event.add(new Uid("report-" + plan.get("id") + "-" + cycle.code() + "@plantrack"));
					calendar.add(event);
				}
			}
		}
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static String plan(Map<String, Object> row) {
		Object symbol = row.get("symbol");
		return symbol != null ? symbol.toString() : String.valueOf(row.get("plan_title"));
	}
}
