package vn.plantrack.registry;

/** What a user may do (see DESIGN.md "Who uses it"). */
public enum Role {
	/** IT staff: users, agencies, settings. */
	ADMIN,
	/** Monitoring office: import plans, review, assign, chase, evaluate, amend. */
	MONITOR,
	/** Provincial leadership: read everything, approve amendments and reports. */
	LEADER,
	/** One agency: its own tasks, indicator values and periodic reports only. */
	REPORTER
}
