package vn.plantrack.reporting;

import java.time.LocalDate;

import vn.plantrack.tracking.StatusClass;
import vn.plantrack.tracking.TaskStatus;

/**
 * The status classes Vietnamese task-tracking reports count tasks by (DESIGN.md), derived from the stored
 * workflow status, the deadline, the completion date and the day the report looks at. The rules are
 * tracking's {@link StatusClass}; this adds the report's point in time and the capitalised labels reports print.
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
		TaskStatus stored = TaskStatus.valueOf(status);
		// a task completed after the report date was still open on that date
		boolean doneLater = stored == TaskStatus.DONE && completedOn != null && completedOn.isAfter(asOf);
		StatusClass statusClass = StatusClass.of(doneLater ? TaskStatus.IN_PROGRESS : stored, due,
				doneLater ? null : completedOn, recurrence, asOf);
		return switch (statusClass) {
			case HOAN_THANH_DUNG_HAN -> ON_TIME;
			case HOAN_THANH_QUA_HAN -> LATE;
			case DANG_THUC_HIEN_TRONG_HAN -> IN_PROGRESS;
			case QUA_HAN -> OVERDUE;
			case CHUA_THUC_HIEN -> NOT_STARTED;
			case THUONG_XUYEN -> CONTINUOUS;
			case DA_HUY -> CANCELLED;
		};
	}

	/** Late or overdue: what a report lists by name with the agencies responsible. */
	public boolean needsAttention() {
		return this == LATE || this == OVERDUE;
	}
}
