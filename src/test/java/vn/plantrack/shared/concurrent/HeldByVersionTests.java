package vn.plantrack.shared.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Answers held by version, and computed once for the callers asking together at the same version. */
class HeldByVersionTests {

	private final HeldByVersion<String, String> held = new HeldByVersion<>(1024 * 1024, String::length);

	private final AtomicInteger computed = new AtomicInteger();

	/** Released by the test: the first computation waits for it. */
	private final CountDownLatch release = new CountDownLatch(1);

	/** The thread of each caller, so the test can see it waiting. */
	private final AtomicReference<Thread> second = new AtomicReference<>();

	private final ExecutorService pool = Executors.newCachedThreadPool();

	@AfterEach
	void stop() {
		release.countDown();
		pool.shutdownNow();
	}

	@Test
	void anAnswerIsHeldUntilTheVersionChanges() {
		assertThat(held.answer("plan", 1, () -> compute("a"))).isEqualTo("a1");
		assertThat(held.answer("plan", 1, () -> compute("b"))).isEqualTo("a1");
		assertThat(held.answer("plan", 2, () -> compute("c"))).isEqualTo("c2");
		assertThat(held.current("plan", 1)).isNull();
		assertThat(held.current("plan", 2)).isEqualTo("c2");
	}

	@Test
	void callersAskingWhileTheSameVersionIsComputedWaitAndShareIt() throws Exception {
		Future<String> first = pool.submit(() -> held.answer("plan", 1, this::slow));
		awaitComputations(1);
		Future<String> later = pool.submit(() -> {
			second.set(Thread.currentThread());
			return held.answer("plan", 1, () -> compute("later"));
		});
		awaitWaiting(second);
		release.countDown();

		assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("slow1");
		assertThat(later.get(10, TimeUnit.SECONDS)).isSameAs(first.get());
		assertThat(computed).hasValue(1);
	}

	@Test
	void aCallerWithANewerVersionDoesNotTakeTheOlderComputation() throws Exception {
		Future<String> first = pool.submit(() -> held.answer("plan", 1, this::slow));
		awaitComputations(1);

		// the plan changed after the first caller read its version: this caller computes its own answer at once
		assertThat(held.answer("plan", 2, () -> compute("newer"))).isEqualTo("newer2");
		release.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("slow1");
		assertThat(computed).hasValue(2);
	}

	@Test
	void aFailureReachesTheCallersWaitingForItAndTheNextCallerComputesAfresh() throws Exception {
		Future<String> failing = pool.submit(() -> held.answer("plan", 1, () -> {
			computed.incrementAndGet();
			awaitRelease();
			throw new IllegalStateException("không có văn bản");
		}));
		awaitComputations(1);
		Future<String> waiting = pool.submit(() -> {
			second.set(Thread.currentThread());
			return held.answer("plan", 1, () -> compute("never"));
		});
		awaitWaiting(second);
		release.countDown();

		for (Future<String> caller : java.util.List.of(failing, waiting)) {
			assertThatThrownBy(() -> caller.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
				.cause().isInstanceOf(IllegalStateException.class).hasMessage("không có văn bản");
		}
		assertThat(held.answer("plan", 1, () -> compute("again"))).isEqualTo("again2");
	}

	@Test
	void nothingIsHeldWithABudgetOfZero() {
		HeldByVersion<String, String> off = new HeldByVersion<>(0, String::length);
		off.answer("plan", 1, () -> compute("a"));
		off.answer("plan", 1, () -> compute("b"));
		assertThat(computed).hasValue(2);
		assertThat(off.held("plan")).isNull();
	}

	private String compute(String name) {
		return name + computed.incrementAndGet();
	}

	private String slow() {
		int number = computed.incrementAndGet();
		awaitRelease();
		return "slow" + number;
	}

	private void awaitRelease() {
		try {
			release.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void awaitComputations(int count) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (computed.get() < count && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		assertThat(computed).hasValue(count);
	}

	/** Until the caller is parked waiting for the answer being computed. */
	private static void awaitWaiting(AtomicReference<Thread> caller) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while ((caller.get() == null || caller.get().getState() != Thread.State.WAITING) && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		assertThat(caller.get().getState()).isEqualTo(Thread.State.WAITING);
	}
}
