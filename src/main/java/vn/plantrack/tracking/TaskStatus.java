package vn.plantrack.tracking;

import java.util.EnumSet;
import java.util.Set;

/**
 * The workflow a task goes through. Work starts, may pause (with a reason) and resume, and ends done;
 * cancelling (with a reason) ends it without result. DONE and CANCELLED are final.
 */
public enum TaskStatus {

	NOT_STARTED, IN_PROGRESS, PAUSED, DONE, CANCELLED;

	public Set<TaskStatus> next() {
		switch (this) {
			case NOT_STARTED:
				return EnumSet.of(IN_PROGRESS, CANCELLED);
			case IN_PROGRESS:
				return EnumSet.of(PAUSED, DONE, CANCELLED);
			case PAUSED:
				return EnumSet.of(IN_PROGRESS, CANCELLED);
			default:
				return EnumSet.noneOf(TaskStatus.class);
		}
	}

	public boolean canBecome(TaskStatus target) {
		return next().contains(target);
	}

	/** Pausing and cancelling must say why, so the monitoring office can judge it. */
	public boolean needsReason() {
		return this == PAUSED || this == CANCELLED;
	}

	public boolean finished() {
		return this == DONE || this == CANCELLED;
	}

	public String label() {
		switch (this) {
			case NOT_STARTED:
				return "chưa bắt đầu";
			case IN_PROGRESS:
				return "đang thực hiện";
			case PAUSED:
				return "tạm dừng";
			case DONE:
				return "hoàn thành";
			default:
				return "đã hủy";
		}
	}
}
