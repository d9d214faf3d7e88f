package vn.plantrack.reporting;

import java.time.LocalDate;

/**
 * The status classes Vietnamese task-tracking reports count tasks by (DESIGN.md), derived from the stored
 * workflow status, the deadline, the completion date and the day the report looks at. Kept here, small,
 * until the tracking module exposes its own; the rules are the same.
 */
public enum TaskStatusClass {

	ON_TIME("Hoàn thành đúng hạn"),
	LATE("Hoàn thành quá hạn"),
	IN_PROGRESS("Đang thực hiện trong hạn"),
	OVERDUE("Quá hạn"),
	NOT_STARTED("Chưa thực hiện"),
	CONTINUOUS("Thường xuyên"),
	CANCELLED("Đã hủy");

	private final String label;

	TaskStatusClass(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/**
	 * @param status the stored workflow status (NOT_STARTED, IN_PROGRESS, PAUSED, DONE, CANCELLED)
	 * @param due the due date, else the end of the period; null when the plan sets none
	 * @param recurrence null, or how often the task recurs
	 * @param asOf the day the report judges on
	 */
	public static TaskStatusClass of(String status, LocalDate due, LocalDate completedOn, String recurrence,
			LocalDate asOf) {
		if ("CANCELLED".equals(status)) {
			return CANCELLED;
		}
		// a task completed after the report date is still open on that date
		boolean done = "DONE".equals(status) && (completedOn == null || !completedOn.isAfter(asOf));
		if (done) {
			// completed on the due date itself is on time
			return due != null && completedOn != null && completedOn.isAfter(due) ? LATE : ON_TIME;
		}
		// rule: "Hằng năm", "Nhiệm vụ thường xuyên": recurring work has no single deadline; judged per cycle
		if (recurrence != null && !recurrence.isBlank()) {
			return CONTINUOUS;
		}
		if (due != null && asOf.isAfter(due)) {
			return OVERDUE;
		}
		return "NOT_STARTED".equals(status) ? NOT_STARTED : IN_PROGRESS;
	}

	/** Late or overdue: what a report lists by name with the agencies responsible. */
	public boolean needsAttention() {
		return this == LATE || this == OVERDUE;
	}
}
