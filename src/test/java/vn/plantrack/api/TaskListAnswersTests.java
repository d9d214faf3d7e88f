package vn.plantrack.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The held task lists stay within their byte budget, least recently used out, and follow the plan's version. */
class TaskListAnswersTests {

	static final int KB = 1024;

	/** Versions by hand: plan 1 changes when the test says so. */
	static class Versions extends TaskListVersions {

		long plan1;

		Versions() {
			super(null, null, null);
		}

		@Override
		Version of(long documentId) {
			return new Version(0, documentId == 1 ? plan1 : 0, LocalDate.of(2026, 11, 23));
		}
	}

	final Versions versions = new Versions();

	final AtomicInteger computed = new AtomicInteger();

	@Test
	void theLeastRecentlyUsedListGoesWhenTheBudgetIsFull() {
		TaskListAnswers answers = new TaskListAnswers(versions, 1); // 1 MB
		answers.answer(plan(1), () -> answerOf(400 * KB));
		answers.answer(plan(2), () -> answerOf(400 * KB));
		answers.answer(plan(1), () -> answerOf(400 * KB)); // plan 1 used again: plan 2 is now the eldest
		answers.answer(plan(3), () -> answerOf(400 * KB));

		assertThat(answers.held(plan(2))).isNull();
		assertThat(answers.held(plan(1))).isNotNull();
		assertThat(answers.held(plan(3))).isNotNull();
		assertThat(answers.heldBytes()).isLessThanOrEqualTo(1024 * KB);
		assertThat(computed).hasValue(3);
	}

	@Test
	void aChangedPlanIsComputedAgainAndTheOtherIsNot() {
		TaskListAnswers answers = new TaskListAnswers(versions, 64);
		TaskListAnswers.Answer first = answers.answer(plan(1), () -> answerOf(KB));
		TaskListAnswers.Answer other = answers.answer(plan(2), () -> answerOf(KB));
		versions.plan1++;

		assertThat(answers.answer(plan(1), () -> answerOf(KB))).isNotSameAs(first);
		assertThat(answers.answer(plan(2), () -> answerOf(KB))).isSameAs(other);
		assertThat(computed).hasValue(3);
	}

	@Test
	void aListLargerThanTheBudgetIsAnsweredButNotHeldAndZeroTurnsHoldingOff() {
		TaskListAnswers small = new TaskListAnswers(versions, 1);
		assertThat(small.answer(plan(1), () -> answerOf(2048 * KB)).json()).hasSize(2048 * KB);
		assertThat(small.held(plan(1))).isNull();
		assertThat(small.heldBytes()).isZero();

		TaskListAnswers off = new TaskListAnswers(versions, 0);
		off.answer(plan(1), () -> answerOf(KB));
		off.answer(plan(1), () -> answerOf(KB));
		assertThat(computed).hasValue(3);
	}

	private static TaskListAnswers.Key plan(long id) {
		return new TaskListAnswers.Key(id, null, false, null, 0, Integer.MAX_VALUE);
	}

	private TaskListAnswers.Answer answerOf(int bytes) {
		computed.incrementAndGet();
		return new TaskListAnswers.Answer(new byte[bytes], 1);
	}
}
