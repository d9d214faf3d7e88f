package vn.plantrack.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import vn.plantrack.registry.Role;
import vn.plantrack.tracking.Actor;
import vn.plantrack.tracking.CycleExceptions;
import vn.plantrack.tracking.Frequency;
import vn.plantrack.tracking.ReportingCycles;
import vn.plantrack.tracking.Submissions;

/**
 * Reporting cycles of seed 000 shared by the page tests of one application. The two yearly cycles are the ones
 * {@link MyWorkPagesTests} expects (2026 due 15/12/2026, 2027 due 15/12/2027, whichever test class runs first);
 * the monthly cycles of 2027 belong to the cycle and report page tests. Their due days are either before today
 * (01/07/2027) or after 15/12/2027, so the "current cycle" of My work stays the 2027 yearly one.
 */
final class CycleFixtures {

	static final Actor MONITOR = new Actor("m", Role.MONITOR, null);

	private CycleFixtures() {
	}

	static void yearlyCycles(ReportingCycles cycles, long plan) {
		if (cycles.list(plan).isEmpty()) {
			cycles.open(plan, Frequency.YEARLY, 2026, 0, LocalDate.of(2026, 12, 15), MONITOR);
			cycles.open(plan, Frequency.YEARLY, 2027, 0, LocalDate.of(2027, 12, 15), MONITOR);
		}
	}

	/** The monthly cycle of {@code month} 2027 with the given due day, opened once. */
	static long monthly(ReportingCycles cycles, long plan, int month, LocalDate due) {
		yearlyCycles(cycles, plan);
		return cycles.list(plan)
			.stream()
			.filter(c -> c.frequency() == Frequency.MONTHLY && c.year() == 2027 && c.index() == month)
			.findFirst()
			.orElseGet(() -> cycles.open(plan, Frequency.MONTHLY, 2027, month, due, MONITOR))
			.id();
	}

	/** The agency's report in the cycle, sent once (at the fixed clock, 01/07/2027 10:00 in Việt Nam). */
	/**
	 * The agency's report for {@code cycle}, saved and sent. A cycle past its due day is locked, so the monitor
	 * first grants the agency an extension, as an office does for a report it still wants.
	 */
	static long sentReport(Submissions submissions, CycleExceptions exceptions, long cycle, Actor reporter, long task,
			long indicator, String narrative) {
		return submissions.ofCycle(cycle, reporter).stream().findFirst().map(Submissions.View::id).orElseGet(() -> {
			exceptions.grant(cycle, new CycleExceptions.Grant(reporter.agencyId(), LocalDate.of(2099, 12, 31),
					"Gia hạn để kiểm thử trang kỳ báo cáo"), MONITOR);
			Submissions.View draft = submissions.saveDraft(cycle, new Submissions.Draft(null, narrative,
					List.of(new Submissions.TaskLine(task, 40, "Đã khởi công 2 công trình")),
					List.of(new Submissions.IndicatorLine(indicator, "ESTIMATE", new BigDecimal("21.5"))), null), reporter);
			return submissions.submit(draft.id(), reporter).id();
		});
	}
}
