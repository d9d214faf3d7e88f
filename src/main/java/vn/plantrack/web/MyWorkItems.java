package vn.plantrack.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.plantrack.registry.AgencySuccessions;
import vn.plantrack.tracking.Actor;
import vn.plantrack.tracking.IndicatorValues;
import vn.plantrack.tracking.ReportingCycles;
import vn.plantrack.tracking.ReportingCycles.Cycle;
import vn.plantrack.tracking.TaskProgress;
import vn.plantrack.tracking.TaskResponsibility;

/**
 * What a REPORTER's agency owes in a reporting cycle: the cycles it must report in, the plan's tasks it leads
 * (the ones a report moves) and the indicators it leads, each with what is stored today. Who leads what at the
 * end of the data window is tracking's rule (successors of merged agencies included).
 */
@Component
class MyWorkItems {

	private final ReportingCycles cycles;

	private final TaskProgress progress;

	private final TaskResponsibility responsibility;

	private final IndicatorValues values;

	private final AgencySuccessions successions;

	private final JdbcClient jdbc;

	MyWorkItems(ReportingCycles cycles, TaskProgress progress, TaskResponsibility responsibility,
			IndicatorValues values, AgencySuccessions successions, JdbcClient jdbc) {
		this.cycles = cycles;
		this.progress = progress;
		this.responsibility = responsibility;
		this.values = values;
		this.successions = successions;
		this.jdbc = jdbc;
	}

	/** An indicator the agency reports, with the value stored for the cycle's period, if any. */
	record IndicatorItem(long id, String code, String name, String unit, String storedKind, BigDecimal stored) {

		public String storedText() {
			return FormNumbers.format(stored);
		}
	}

	/** The cycles the actor's agency must report in, earliest due first. */
	List<Cycle> cyclesOf(Actor actor) {
		return cycles.list(null)
			.stream()
			.filter(c -> c.agencies().stream().anyMatch(a -> a.id() == actor.agencyId()))
			.toList();
	}

	/** The cycle still to come (first due on or after today), else the last one; empty when there is none. */
	Optional<Cycle> current(List<Cycle> mine, LocalDate today) {
		return mine.stream()
			.filter(c -> !c.dueBefore().isBefore(today))
			.findFirst()
			.or(() -> mine.isEmpty() ? Optional.empty() : Optional.of(mine.get(mine.size() - 1)));
	}

	/** The plan's unfinished tasks the agency leads at the end of the cycle's window: those a report moves. */
	List<TaskProgress.TaskSummary> tasks(Cycle cycle, Actor actor) {
		List<TaskProgress.TaskSummary> led = new ArrayList<>();
		for (TaskProgress.TaskSummary task : progress.list(cycle.documentId(), actor)) {
			if (!task.status().finished() && responsibility.currentResponsible(task.id(), cycle.windowEnd())
				.currentLeadIds()
				.contains(actor.agencyId())) {
				led.add(task);
			}
		}
		return led;
	}

	private record IndicatorRow(long id, String code, String name, String unit, long lead) {
	}

	/** The ids of a plan's indicators the actor's agency leads on {@code at} (successor agencies included). */
	Set<Long> ownIndicatorIds(long documentId, Actor actor, LocalDate at) {
		Set<Long> ids = new HashSet<>();
		for (IndicatorRow row : indicatorRows(documentId)) {
			if (leads(row, actor, at)) {
				ids.add(row.id());
			}
		}
		return ids;
	}

	private List<IndicatorRow> indicatorRows(long documentId) {
		return jdbc.sql("""
				SELECT id, code, name, unit, lead_agency_id FROM indicator
				WHERE document_id = ? AND lead_agency_id IS NOT NULL ORDER BY id""")
			.param(documentId)
			.query((rs, n) -> new IndicatorRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getLong(5)))
			.list();
	}

	private boolean leads(IndicatorRow row, Actor actor, LocalDate at) {
		AgencySuccessions.AgencyRef current = successions.resolve(row.lead(), at).current();
		return current != null && actor.agencyId() != null && current.id() == actor.agencyId();
	}

	/** The plan's indicators the agency leads at the end of the cycle's window. */
	List<IndicatorItem> indicators(Cycle cycle, Actor actor) {
		List<IndicatorItem> items = new ArrayList<>();
		for (IndicatorRow row : indicatorRows(cycle.documentId())) {
			if (!leads(row, actor, cycle.windowEnd())) {
				continue;
			}
			String periodKind = cycle.frequency().periodKind();
			Optional<IndicatorValues.Value> stored = values.of(row.id(), actor)
				.stream()
				.filter(v -> v.periodKind().equals(periodKind) && v.year() == cycle.year() && v.index() == cycle.index())
				.reduce((first, second) -> "ACTUAL".equals(second.kind()) ? second : first);
			items.add(new IndicatorItem(row.id(), row.code(), row.name(), row.unit(),
					stored.map(IndicatorValues.Value::kind).orElse(null),
					stored.map(IndicatorValues.Value::value).orElse(null)));
		}
		return items;
	}
}
