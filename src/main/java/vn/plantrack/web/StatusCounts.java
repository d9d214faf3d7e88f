package vn.plantrack.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.plantrack.evaluation.Verdict;
import vn.plantrack.reporting.IndicatorEvaluations.IndicatorVerdict;
import vn.plantrack.tracking.StatusClass;

/** Counts for the overview bars: tasks per status class, indicators per verdict, and what is due soon. */
record StatusCounts(Map<StatusClass, Integer> byClass, int total) {

	/** The classes in the order the overview shows them (done first, cancelled last). */
	static final List<StatusClass> ORDER = List.of(StatusClass.HOAN_THANH_DUNG_HAN, StatusClass.HOAN_THANH_QUA_HAN,
			StatusClass.DANG_THUC_HIEN_TRONG_HAN, StatusClass.QUA_HAN, StatusClass.CHUA_THUC_HIEN,
			StatusClass.THUONG_XUYEN, StatusClass.DA_HUY);

	static final int UPCOMING_DAYS = 90;

	static StatusCounts of(List<TaskRows.TaskRow> tasks) {
		Map<StatusClass, Integer> counts = new EnumMap<>(StatusClass.class);
		for (StatusClass c : ORDER) {
			counts.put(c, 0);
		}
		for (TaskRows.TaskRow task : tasks) {
			counts.merge(task.statusClass(), 1, Integer::sum);
		}
		return new StatusCounts(counts, tasks.size());
	}

	public int count(StatusClass statusClass) {
		return byClass.getOrDefault(statusClass, 0);
	}

	/** Share of all tasks in percent, for the width of the bar segment. */
	public int percent(StatusClass statusClass) {
		return total == 0 ? 0 : Math.round(count(statusClass) * 100f / total);
	}

	static Map<Verdict, Integer> verdicts(List<IndicatorVerdict> indicators) {
		Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
		for (Verdict v : Verdict.values()) {
			counts.put(v, 0);
		}
		for (IndicatorVerdict indicator : indicators) {
			counts.merge(indicator.evaluation().verdict(), 1, Integer::sum);
		}
		return counts;
	}

	// rule: "sắp đến hạn" — unfinished work whose deadline falls within the next 90 days, soonest first
	static List<TaskRows.TaskRow> upcoming(List<TaskRows.TaskRow> tasks, LocalDate today) {
		LocalDate horizon = today.plusDays(UPCOMING_DAYS);
		return tasks.stream()
			.filter(t -> !t.status().finished() && t.due() != null && !t.due().isBefore(today) && !t.due().isAfter(horizon))
			.sorted(Comparator.comparing(TaskRows.TaskRow::due))
			.limit(20)
			.toList();
	}

	static List<TaskRows.TaskRow> overdue(List<TaskRows.TaskRow> tasks) {
		return tasks.stream()
			.filter(t -> t.statusClass() == StatusClass.QUA_HAN)
			.sorted(Comparator.comparing(TaskRows.TaskRow::due))
			.limit(20)
			.toList();
	}
}
