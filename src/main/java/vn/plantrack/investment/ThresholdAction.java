package vn.plantrack.investment;

/** What a breached checkpoint calls for. */
public enum ThresholdAction {
	/** thu hồi, điều chuyển vốn */
	RECOVER_OR_REALLOCATE,
	/** yêu cầu giải trình; the result also counts when judging the agency head */
	EXPLANATION_REQUEST,
	/** nhắc nhở, e.g. to adjust the plan before the deadline */
	REMINDER
}
