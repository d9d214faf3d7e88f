package vn.plantrack.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.plantrack.evaluation.Verdict;
import vn.plantrack.registry.ChangeStamp;
import vn.plantrack.registry.PlanChangeCounter;

/**
 * The overview of one province or of the whole country: tasks by status class and indicators by verdict, per
 * confirmed plan and in total. A read model kept per plan and thrown away as soon as that plan changes (its
 * {@link PlanChangeCounts version} moves) or the day turns (deadlines and verdicts depend on today), so a figure is
 * never older than the last change; the sums are held per {@link ChangeStamp} and day, so a request between
 * two changes reads the stamp and answers, and a request after a change recomputes the changed plans only.
 */
@Service
public class OverviewFigures {

	/** One confirmed plan's figures. */
	public record PlanFigures(long documentId, String locality, String symbol, String title,
			Map<TaskStatusClass, Integer> tasks, Map<Verdict, Integer> indicators) {

		int taskTotal() {
			return tasks.values().stream().mapToInt(Integer::intValue).sum();
		}
	}

	/** The sums over the plans in scope; {@code locality} null means the whole country. */
	public record Overview(String locality, LocalDate asOf, int plans, int tasks, Map<TaskStatusClass, Integer> tasksByClass,
			int indicators, Map<Verdict, Integer> indicatorsByVerdict, List<PlanLine> planLines) {
	}

	/** A plan's line in the overview. */
	public record PlanLine(long documentId, String locality, String symbol, String title, int tasks, int overdue,
			int indicators, int achieved) {
	}

	private record Stamped(PlanChangeCounter.Version version, LocalDate day, PlanFigures figures) {
	}

	private record HeldOverview(ChangeStamp.Stamp stamp, LocalDate day, Overview overview) {
	}

	private record PlanRef(long id, String localityCode, String locality, String symbol, String title) {
	}

	private final JdbcClient jdbc;

	private final CurrentEvaluations evaluations;

	private final ChangeStamp changes;

	private final Clock clock;

	private final PlanChangeCounts versions;

	private final Map<Long, Stamped> cache = new ConcurrentHashMap<>();

	// the sums per scope ("" = the whole country), held per stamp and day: a request between two changes
	// reads the stamp and answers, whatever the number of plans
	private final Map<String, HeldOverview> overviews = new ConcurrentHashMap<>();

	private final Map<Long, Long> computations = new ConcurrentHashMap<>();

	OverviewFigures(JdbcClient jdbc, CurrentEvaluations evaluations, ChangeStamp changes, PlanChangeCounts versions,
			Clock clock) {
		this.jdbc = jdbc;
		this.evaluations = evaluations;
		this.changes = changes;
		this.versions = versions;
		this.clock = clock;
	}

	/** The overview of the province with this code, or of every province when {@code localityCode} is null. */
	public Overview of(String localityCode) {
		// read the stamp before any figure: a change committed meanwhile leaves an older stamp, so it is redone
		ChangeStamp.Stamp stamp = changes.current();
		LocalDate today = LocalDate.now(clock);
		String scope = localityCode == null ? "" : localityCode;
		HeldOverview held = overviews.get(scope);
		if (held != null && held.stamp().equals(stamp) && held.day().equals(today)) {
			return held.overview();
		}
		Overview overview = sum(localityCode, stamp, today);
		overviews.put(scope, new HeldOverview(stamp, today, overview));
		return overview;
	}

	private Overview sum(String localityCode, ChangeStamp.Stamp stamp, LocalDate today) {
		List<PlanRef> plans = jdbc.sql("""
				SELECT d.id, l.code, l.name, d.symbol, d.title FROM document d LEFT JOIN locality l ON l.id = d.locality_id
				WHERE d.status = 'CONFIRMED' AND d.stub = FALSE AND (CAST(? AS VARCHAR(40)) IS NULL OR l.code = ?)
				ORDER BY l.code, d.id""")
			.params(localityCode, localityCode)
			.query((rs, n) -> new PlanRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
			.list();
		Map<TaskStatusClass, Integer> tasksByClass = new EnumMap<>(TaskStatusClass.class);
		Map<Verdict, Integer> byVerdict = new EnumMap<>(Verdict.class);
		List<PlanLine> lines = new ArrayList<>();
		int tasks = 0;
		int indicators = 0;
		for (PlanRef plan : plans) {
			PlanFigures figures = figures(plan, stamp, today);
			figures.tasks().forEach((k, v) -> tasksByClass.merge(k, v, Integer::sum));
			figures.indicators().forEach((k, v) -> byVerdict.merge(k, v, Integer::sum));
			int planIndicators = figures.indicators().values().stream().mapToInt(Integer::intValue).sum();
			int achieved = figures.indicators().entrySet().stream().filter(e -> e.getKey().achieved())
				.mapToInt(Map.Entry::getValue).sum();
			lines.add(new PlanLine(plan.id(), plan.locality(), plan.symbol(), plan.title(), figures.taskTotal(),
					figures.tasks().getOrDefault(TaskStatusClass.OVERDUE, 0), planIndicators, achieved));
			tasks += figures.taskTotal();
			indicators += planIndicators;
		}
		return new Overview(localityCode, today, plans.size(), tasks, tasksByClass, indicators, byVerdict, lines);
	}

	private PlanFigures figures(PlanRef plan, ChangeStamp.Stamp stamp, LocalDate today) {
		PlanChangeCounter.Version version = versions.of(plan.id(), stamp);
		Stamped cached = cache.get(plan.id());
		if (cached != null && cached.version().equals(version) && cached.day().equals(today)) {
			return cached.figures();
		}
		// one computation per plan at a time: 64 concurrent requests after a change wait for it instead of repeating it
		synchronized (lockFor(plan.id())) {
			cached = cache.get(plan.id());
			if (cached != null && cached.version().equals(version) && cached.day().equals(today)) {
				return cached.figures();
			}
			computations.merge(plan.id(), 1L, Long::sum);
			PlanFigures computed = compute(plan, stamp, today);
			cache.put(plan.id(), new Stamped(version, today, computed));
			return computed;
		}
	}

	private final Map<Long, Object> locks = new ConcurrentHashMap<>();

	private Object lockFor(long documentId) {
		return locks.computeIfAbsent(documentId, k -> new Object());
	}

	private PlanFigures compute(PlanRef plan, ChangeStamp.Stamp stamp, LocalDate today) {
		Map<TaskStatusClass, Integer> tasks = new EnumMap<>(TaskStatusClass.class);
		jdbc.sql("SELECT status, due_date, period_end, completed_on, recurrence FROM task WHERE document_id = ?")
			.param(plan.id())
			.query((rs, n) -> {
				java.sql.Date due = rs.getDate("due_date") != null ? rs.getDate("due_date") : rs.getDate("period_end");
				java.sql.Date completed = rs.getDate("completed_on");
				tasks.merge(TaskStatusClass.of(rs.getString("status"), due == null ? null : due.toLocalDate(),
						completed == null ? null : completed.toLocalDate(), rs.getString("recurrence"), today), 1, Integer::sum);
				return null;
			})
			.list();
		Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
		for (IndicatorEvaluations.IndicatorVerdict verdict : evaluations.forDocument(plan.id(), stamp).indicators()) {
			verdicts.merge(verdict.evaluation().verdict(), 1, Integer::sum);
		}
		return new PlanFigures(plan.id(), plan.locality(), plan.symbol(), plan.title(), tasks, verdicts);
	}

	/** How many times this node has computed the plan's figures (tests: a change in one plan recomputes that plan only). */
	long computations(long documentId) {
		return computations.getOrDefault(documentId, 0L);
	}

	/** Plans whose figures are held (for tests and the benchmark's notes). */
	int cachedPlans() {
		return cache.size();
	}
}
