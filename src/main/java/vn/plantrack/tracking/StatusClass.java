package vn.plantrack.tracking;

import java.time.LocalDate;

/**
 * The status classes Vietnamese task tracking reports use (DESIGN.md), derived from the workflow status,
 * the deadline, the completion date and today. Cancelled tasks are outside the five classes.
 */
public enum StatusClass {

	HOAN_THANH_DUNG_HAN("hoàn thành đúng hạn"),
	HOAN_THANH_QUA_HAN("hoàn thành quá hạn"),
	DANG_THUC_HIEN_TRONG_HAN("đang thực hiện trong hạn"),
	QUA_HAN("quá hạn"),
	CHUA_THUC_HIEN("chưa thực hiện"),
	THUONG_XUYEN("thường xuyên"),
	DA_HUY("đã hủy");

	private final String label;

	StatusClass(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/**
	 * @param due the deadline (due date, else end of the period); null when the plan sets none
	 * @param recurrence null, or how often the task recurs ("yearly", "continuous" ...)
	 */
	public static StatusClass of(TaskStatus status, LocalDate due, LocalDate completedOn, String recurrence,
			LocalDate today) {
		if (status == TaskStatus.CANCELLED) {
			return DA_HUY;
		}
		if (status == TaskStatus.DONE) {
			// Done on the due date itself is still on time.
			boolean late = due != null && completedOn != null && completedOn.isAfter(due);
			return late ? HOAN_THANH_QUA_HAN : HOAN_THANH_DUNG_HAN;
		}
		// rule: "Hàng năm", "Nhiệm vụ thường xuyên": recurring work has no single deadline; it is judged per cycle.
		if (recurrence != null && !recurrence.isBlank()) {
			return THUONG_XUYEN;
		}
		if (due != null && today.isAfter(due)) {
			return QUA_HAN;
		}
		return status == TaskStatus.NOT_STARTED ? CHUA_THUC_HIEN : DANG_THUC_HIEN_TRONG_HAN;
	}
}
