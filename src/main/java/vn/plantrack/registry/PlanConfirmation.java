package vn.plantrack.registry;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.plantrack.extract.CitationItem;
import vn.plantrack.extract.Extraction;
import vn.plantrack.extract.IndicatorItem;
import vn.plantrack.extract.PeriodValue;
import vn.plantrack.extract.TargetValue;
import vn.plantrack.extract.TaskItem;

/**
 * Turns a reviewed extraction into the registry: task groups, tasks with their lead and coordinating
 * agencies, indicators with their targets, and the document's relations. One transaction: either the whole
 * plan is registered or nothing is. Confirming a document that is already confirmed changes nothing.
 */
@Service
public class PlanConfirmation {

	private final JdbcClient jdbc;

	private final Agencies agencies;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	PlanConfirmation(JdbcClient jdbc, Agencies agencies, AuditLog audit, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	/** What confirming wrote; all zero when the document was already confirmed. */
	public record Confirmed(long documentId, boolean changed, int groups, int tasks, int indicators, int relations) {
	}

	@Transactional
	public Confirmed confirm(long documentId, Extraction reviewed, String actor) {
		// two plans naming the same new agency, confirmed at once, would both try to create it
		audit.takeWriterTurn();
		Map<String, Object> document = jdbc.sql("SELECT status, locality_id FROM document WHERE id = ? FOR UPDATE")
			.param(documentId)
			.query()
			.singleRow();
		if ("CONFIRMED".equals(document.get("status"))) {
			return new Confirmed(documentId, false, 0, 0, 0, 0);
		}
		Long localityId = document.get("locality_id") == null ? null : ((Number) document.get("locality_id")).longValue();
		Map<String, Long> groups = new LinkedHashMap<>();
		for (TaskItem task : reviewed.tasks()) {
			long groupId = groups.computeIfAbsent(task.group() == null ? "" : task.group(),
					group -> insertGroup(documentId, group, groups.size(), task.line()));
			insertTask(documentId, groupId, localityId, task);
		}
		for (IndicatorItem indicator : reviewed.indicators()) {
			insertIndicator(documentId, localityId, indicator);
		}
		int relations = link(documentId, localityId, reviewed);
		jdbc.sql("UPDATE document SET status = 'CONFIRMED', version = version + 1 WHERE id = ?").param(documentId).update();
		audit.record(actor, "PLAN_CONFIRMED", "document", Long.toString(documentId), "DRAFT",
				"CONFIRMED tasks=" + reviewed.tasks().size() + " indicators=" + reviewed.indicators().size());
		events.publishEvent(new PlanConfirmed(documentId, reviewed, actor));
		return new Confirmed(documentId, true, groups.size(), reviewed.tasks().size(), reviewed.indicators().size(),
				relations);
	}

	private long insertGroup(long documentId, String group, int position, int line) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO task_group (document_id, code, title, position, line) VALUES (?, ?, ?, ?, ?)")
			.params(documentId, truncate(group, 40), group.isEmpty() ? "—" : truncate(group, 2000), position, line)
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	private void insertTask(long documentId, long groupId, Long localityId, TaskItem task) {
		PeriodValue period = task.period() == null ? PeriodValue.rawOnly(null) : task.period();
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO task (document_id, group_id, code, title, period_raw, period_start, period_end, due_date,
				                  recurrence, resources, status, source_line)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(documentId, groupId, truncate(task.code(), 40), truncate(task.title(), 4000),
					truncate(period.raw(), 400), date(period.start()), date(period.end()), date(period.due()),
					period.recurrence(), truncate(task.resources(), 2000),
					"done".equals(period.status()) ? "DONE" : "NOT_STARTED", task.line())
			.update(keys, "id");
		long taskId = keys.getKeyAs(Number.class).longValue();
		insertAgencies(taskId, localityId, "LEAD", task.lead());
		insertAgencies(taskId, localityId, "COORDINATING", task.coordinating());
	}

	private void insertAgencies(long taskId, Long localityId, String role, List<String> names) {
		int position = 0;
		for (String name : names == null ? List.<String>of() : names) {
			Long agencyId = localityId == null ? null : agencies.idFor(localityId, name);
			jdbc.sql("""
					INSERT INTO task_agency (task_id, agency_id, role, name_as_written, position)
					VALUES (?, ?, ?, ?, ?)""").params(taskId, agencyId, role, truncate(name, 400), position++).update();
		}
	}

	private void insertIndicator(long documentId, Long localityId, IndicatorItem indicator) {
		List<String> lead = indicator.lead() == null ? List.of() : indicator.lead();
		Long leadId = localityId == null || lead.isEmpty() ? null : agencies.idFor(localityId, lead.get(0));
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO indicator (document_id, code, group_title, name, unit, lead_agency_id, lead_as_written,
				                       coordinating_as_written, source_line)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(documentId, truncate(indicator.code(), 40), truncate(indicator.group(), 1000),
					truncate(indicator.name(), 2000), truncate(indicator.unit(), 100), leadId,
					truncate(String.join("; ", lead), 1000),
					truncate(String.join("; ", indicator.coordinating() == null ? List.of() : indicator.coordinating()), 2000),
					indicator.line())
			.update(keys, "id");
		if (indicator.target() != null) {
			insertTarget(keys.getKeyAs(Number.class).longValue(), null, indicator.target());
		}
	}

	private void insertTarget(long indicatorId, Long parentId, TargetValue target) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO target (indicator_id, parent_id, raw_text, kind, comparator, target_value, low_value,
				                    high_value, unit, target_year)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(indicatorId, parentId, truncate(target.raw() == null ? "" : target.raw(), 2000), target.kind(),
					target.comparator(), target.value(), target.low(), target.high(),
					truncate(target.unit(), 100), target.year())
			.update(keys, "id");
		long targetId = keys.getKeyAs(Number.class).longValue();
		for (TargetValue component : target.components() == null ? List.<TargetValue>of() : target.components()) {
			insertTarget(indicatorId, targetId, component);
		}
	}

	// rule: "thay thế" (replaces) and "thực hiện" (implements) stay inside the document's locality; a cited
	// document that is not in the system becomes a stub so the link is not lost.
	private int link(long documentId, Long localityId, Extraction reviewed) {
		int count = 0;
		for (String symbol : reviewed.document().replacesSymbols()) {
			count += relate(documentId, localityId, symbol, "REPLACES", null);
		}
		for (String symbol : reviewed.document().implementsSymbols()) {
			count += relate(documentId, localityId, symbol, "IMPLEMENTS", null);
		}
		for (CitationItem citation : reviewed.citations()) {
			if (citation.symbol() != null && !citation.symbol().equals(reviewed.document().symbol())) {
				count += relate(documentId, localityId, citation.symbol(), "CITES", citation.line());
			}
		}
		return count;
	}

	private int relate(long documentId, Long localityId, String symbol, String kind, Integer line) {
		long target = findBySymbol(symbol, localityId).orElseGet(() -> createStub(symbol, localityId, kind));
		if (target == documentId) {
			return 0;
		}
		boolean exists = jdbc.sql("SELECT COUNT(*) FROM document_relation WHERE from_document = ? AND to_document = ? AND kind = ?")
			.params(documentId, target, kind)
			.query(Long.class)
			.single() > 0;
		if (exists) {
			return 0;
		}
		jdbc.sql("INSERT INTO document_relation (from_document, to_document, kind, line) VALUES (?, ?, ?, ?)")
			.params(documentId, target, kind, line)
			.update();
		return 1;
	}

	private Optional<Long> findBySymbol(String symbol, Long localityId) {
		return jdbc.sql("""
				SELECT id FROM document WHERE symbol = ? AND (locality_id = ? OR locality_id IS NULL)
				ORDER BY stub, id LIMIT 1""").params(symbol, localityId).query(Long.class).optional();
	}

	private long createStub(String symbol, Long localityId, String kind) {
		// A replaced or implemented document belongs to the same province; a cited one may be national.
		Long stubLocality = "CITES".equals(kind) ? null : localityId;
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO document (locality_id, symbol, title, status, stub, created_at, created_by)
				VALUES (?, ?, ?, 'STUB', TRUE, ?, 'system')""")
			.params(stubLocality, truncate(symbol, 100), truncate(symbol, 1000), Timestamp.from(clock.instant()))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	private static Date date(LocalDate date) {
		return date == null ? null : Date.valueOf(date);
	}

	private static String truncate(String text, int max) {
		if (text == null) {
			return null;
		}
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}
}
