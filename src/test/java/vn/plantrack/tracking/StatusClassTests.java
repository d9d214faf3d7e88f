package vn.plantrack.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The status classes of DESIGN.md, with the deadline "Tháng 3/2021" of 002:312 (due 31/3/2021). */
class StatusClassTests {

	static final LocalDate DUE = LocalDate.of(2021, 3, 31);

	@Test
	void doneOnOrBeforeTheDueDayIsOnTime() {
		assertThat(StatusClass.of(TaskStatus.DONE, DUE, LocalDate.of(2021, 3, 31), null, LocalDate.of(2026, 1, 1)))
			.isEqualTo(StatusClass.HOAN_THANH_DUNG_HAN);
		assertThat(StatusClass.HOAN_THANH_DUNG_HAN.label()).isEqualTo("hoàn thành đúng hạn");
	}

	@Test
	void doneAfterTheDueDayIsLate() {
		assertThat(StatusClass.of(TaskStatus.DONE, DUE, LocalDate.of(2021, 4, 1), null, LocalDate.of(2021, 4, 2)))
			.isEqualTo(StatusClass.HOAN_THANH_QUA_HAN);
	}

	@Test
	void unfinishedWorkPastTheDueDayIsOverdueWhateverItsStatus() {
		LocalDate dayAfter = LocalDate.of(2021, 4, 1);
		assertThat(StatusClass.of(TaskStatus.IN_PROGRESS, DUE, null, null, dayAfter)).isEqualTo(StatusClass.QUA_HAN);
		assertThat(StatusClass.of(TaskStatus.NOT_STARTED, DUE, null, null, dayAfter)).isEqualTo(StatusClass.QUA_HAN);
		assertThat(StatusClass.of(TaskStatus.PAUSED, DUE, null, null, dayAfter)).isEqualTo(StatusClass.QUA_HAN);
	}

	@Test
	void onTheDueDayItselfWorkIsStillInTime() {
		assertThat(StatusClass.of(TaskStatus.IN_PROGRESS, DUE, null, null, DUE))
			.isEqualTo(StatusClass.DANG_THUC_HIEN_TRONG_HAN);
		assertThat(StatusClass.of(TaskStatus.NOT_STARTED, DUE, null, null, DUE)).isEqualTo(StatusClass.CHUA_THUC_HIEN);
	}

	@Test
	void recurringTasksAreContinuousUntilDone() {
		// 002:307 "Hàng năm"
		assertThat(StatusClass.of(TaskStatus.IN_PROGRESS, null, null, "yearly", LocalDate.of(2026, 1, 1)))
			.isEqualTo(StatusClass.THUONG_XUYEN);
	}

	@Test
	void aTaskWithoutDeadlineIsNeverOverdue() {
		assertThat(StatusClass.of(TaskStatus.NOT_STARTED, null, null, null, LocalDate.of(2099, 1, 1)))
			.isEqualTo(StatusClass.CHUA_THUC_HIEN);
	}

	@Test
	void cancelledTasksStandApart() {
		assertThat(StatusClass.of(TaskStatus.CANCELLED, DUE, null, null, LocalDate.of(2026, 1, 1)))
			.isEqualTo(StatusClass.DA_HUY);
	}

	@Test
	void theWorkflowMovesForwardOnlyAndEndsAtDoneOrCancelled() {
		assertThat(TaskStatus.NOT_STARTED.canBecome(TaskStatus.IN_PROGRESS)).isTrue();
		assertThat(TaskStatus.NOT_STARTED.canBecome(TaskStatus.DONE)).isFalse();
		assertThat(TaskStatus.IN_PROGRESS.canBecome(TaskStatus.DONE)).isTrue();
		assertThat(TaskStatus.IN_PROGRESS.canBecome(TaskStatus.PAUSED)).isTrue();
		assertThat(TaskStatus.PAUSED.canBecome(TaskStatus.IN_PROGRESS)).isTrue();
		assertThat(TaskStatus.DONE.next()).isEmpty();
		assertThat(TaskStatus.CANCELLED.next()).isEmpty();
		assertThat(TaskStatus.PAUSED.needsReason()).isTrue();
		assertThat(TaskStatus.CANCELLED.needsReason()).isTrue();
		assertThat(TaskStatus.DONE.needsReason()).isFalse();
	}
}
