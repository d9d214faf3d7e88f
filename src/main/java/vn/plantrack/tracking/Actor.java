package vn.plantrack.tracking;

import vn.plantrack.registry.Role;

/** Who is acting: the user, their role and, for a REPORTER, the one agency they speak for. */
public record Actor(String username, Role role, Long agencyId) {

	public boolean monitor() {
		return role == Role.MONITOR;
	}

	public boolean reporter() {
		return role == Role.REPORTER;
	}

	public boolean reportsFor(Long agency) {
		return reporter() && agencyId != null && agencyId.equals(agency);
	}
}
