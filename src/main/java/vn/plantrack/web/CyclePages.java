package vn.plantrack.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.plantrack.registry.Role;
import vn.plantrack.shared.time.ClockConfig;
import vn.plantrack.tracking.Actor;
import vn.plantrack.tracking.ReportingCycles;
import vn.plantrack.tracking.ReportingCycles.AgencyTimeliness;
import vn.plantrack.tracking.ReportingCycles.Cycle;
import vn.plantrack.tracking.Submissions;

/**
 * What the cycle page shows for each agency that must report: the state of its report, whether it arrived in
 * time (tracking's rule) and how much of what the agency owes it covers. A REPORTER gets its own line only,
 * because tracking filters both lists for it.
 */
@Component
class CyclePages {

	private final ReportingCycles cycles;

	private final Submissions submissions;

	private final MyWorkItems items;

	CyclePages(ReportingCycles cycles, Submissions submissions, MyWorkItems items) {
		this.cycles = cycles;
		this.submissions = submissions;
		this.items = items;
	}

	/**
	 * One agency of the cycle. state: NONE (chưa gửi), DRAFT, SUBMITTED, RETURNED, ACCEPTED; reported/owed:
	 * how many of the tasks and indicators the agency leads its report covers.
	 */
	record AgencyLine(long agencyId, String agency, String state, ReportingCycles.Timeliness timeliness,
			LocalDateTime firstSubmittedAt, Long submissionId, int reported, int owed) {

		public boolean complete() {
			return owed > 0 && reported >= owed;
		}
	}

	List<AgencyLine> lines(Cycle cycle, Actor actor) {
		Map<Long, Submissions.View> byAgency = submissions.ofCycle(cycle.id(), actor)
			.stream()
			.collect(Collectors.toMap(Submissions.View::agencyId, Function.identity()));
		List<AgencyLine> lines = new ArrayList<>();
		for (AgencyTimeliness t : cycles.timeliness(cycle.id(), actor)) {
			Submissions.View s = byAgency.get(t.agencyId());
			// what the agency owes is counted as its own reporter would see it on "My work"
			Actor agency = new Actor("cycle-page", Role.REPORTER, t.agencyId());
			int owed = items.tasks(cycle, agency).size() + items.indicators(cycle, agency).size();
			int reported = s == null ? 0 : s.tasks().size() + s.indicators().size();
			lines.add(new AgencyLine(t.agencyId(), t.agency(), s == null ? "NONE" : s.status().name(), t.timeliness(),
					local(t.firstSubmittedAt()), s == null ? null : s.id(), reported, owed));
		}
		return lines;
	}

	/** Reports are still taken on time before the due day; from that day on, whatever arrives is late. */
	static boolean pastDue(Cycle cycle, LocalDate today) {
		return !today.isBefore(cycle.dueBefore());
	}

	static LocalDateTime local(OffsetDateTime at) {
		return at == null ? null : at.atZoneSameInstant(ClockConfig.VIETNAM).toLocalDateTime();
	}
}
