package vn.plantrack.amendment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Changes to one confirmed plan decided by ONE document (quyết định điều chỉnh): applied together or not at all,
 * making one new plan version.
 *
 * @param decidingDocument the deciding document as written, e.g. "Quyết định số 456/QĐ-UBND ngày 10/3/2026"
 * @param decidingDocumentId the deciding document when it is in the registry (optional)
 * @param decidedOn the decision's date; taken from "ngày d/M/yyyy" in the reference when absent
 */
public record AmendmentSet(String decidingDocument, Long decidingDocumentId, LocalDate decidedOn, String note,
		List<Change> changes) {

	public enum Kind {
		ADD, MODIFY, CANCEL
	}

	public enum ItemType {
		TASK, TARGET
	}

	/**
	 * One change. {@code itemId} names the task or target to modify or cancel; {@code indicatorId} the indicator
	 * a new target belongs to; {@code version} is the task's (or, for a target, its indicator's) version as read.
	 */
	public record Change(Kind kind, ItemType itemType, Long itemId, Long indicatorId, Integer version, String reason,
			TaskFields task, TargetFields target) {
	}

	/** A task's fields; on MODIFY a null field is left as it is. Agencies are names as written. */
	public record TaskFields(Long groupId, String group, String code, String title, String period,
			LocalDate periodStart, LocalDate periodEnd, LocalDate due, List<String> lead, List<String> coordinating) {
	}

	/** A target's fields; on MODIFY a null field is left as it is. */
	public record TargetFields(String rawText, String kind, String comparator, BigDecimal value, BigDecimal low,
			BigDecimal high, String unit, Integer year) {
	}
}
