package vn.plantrack.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

import vn.plantrack.registry.Role;
import vn.plantrack.tracking.Actor;
import vn.plantrack.tracking.ReportingCycles;
import vn.plantrack.tracking.ReportingCycles.AgencyTimeliness;
import vn.plantrack.tracking.ReportingCycles.Cycle;
import vn.plantrack.tracking.ReportingCycles.Timeliness;

/**
 * The periodic reports of a plan as the overview shows them: per cycle, which agencies reported late or not
 * at all. Timeliness itself is the tracking module's rule; this only gathers it for a page.
 */
@Component
class ReportingStatus {

	private final ReportingCycles cycles;

	private final JdbcClient jdbc;

	ReportingStatus(ReportingCycles cycles, JdbcClient jdbc) {
		this.cycles = cycles;
		this.jdbc = jdbc;
	}

	/** One reporting cycle with the agencies whose report is late or missing. */
	record CycleLine(Cycle cycle, int agencies, int onTime, List<AgencyTimeliness> late, List<AgencyTimeliness> missing) {
	}

	List<CycleLine> ofPlan(long documentId, Authentication user) {
		return ofPlan(documentId, actor(user));
	}

	List<CycleLine> ofPlan(long documentId, Actor actor) {
		List<CycleLine> lines = new ArrayList<>();
		for (Cycle cycle : cycles.list(documentId)) {
			List<AgencyTimeliness> all = cycles.timeliness(cycle.id(), actor);
			lines.add(new CycleLine(cycle, all.size(),
					(int) all.stream().filter(a -> a.timeliness() == Timeliness.ON_TIME).count(),
					all.stream().filter(a -> a.timeliness() == Timeliness.LATE).toList(),
					all.stream().filter(a -> a.timeliness() == Timeliness.MISSING).toList()));
		}
		return lines;
	}

	/** The signed-in user as tracking sees them; a REPORTER's agency comes from the account. */
	Actor actor(Authentication user) {
		Role role = Role.LEADER;
		for (GrantedAuthority authority : user.getAuthorities()) {
			String name = authority.getAuthority();
			if (name != null && name.startsWith("ROLE_")) {
				try {
					role = Role.valueOf(name.substring(5));
				}
				catch (IllegalArgumentException ex) {
					// an authority that is not one of our roles gives no extra rights
				}
			}
		}
		Long agencyId = jdbc.sql("SELECT agency_id FROM app_user WHERE username = ?")
			.param(user.getName())
			.query((rs, n) -> (Long) rs.getObject(1, Long.class))
			.optional()
			.orElse(null);
		return new Actor(user.getName(), role, agencyId);
	}
}
