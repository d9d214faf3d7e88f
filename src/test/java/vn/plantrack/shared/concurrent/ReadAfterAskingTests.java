package vn.plantrack.shared.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReadAfterAskingTests {

	/** Numbers its reads 1, 2, 3...; a read waits for {@link #release} while {@link #hold} is set. */
	private final AtomicInteger reads = new AtomicInteger();

	private volatile CountDownLatch release = new CountDownLatch(0);

	private final List<Thread> callers = new ArrayList<>();

	private final ExecutorService pool = Executors.newCachedThreadPool(runnable -> {
		Thread thread = new Thread(runnable);
		synchronized (this.callers) {
			this.callers.add(thread);
		}
		return thread;
	});

	private final ReadAfterAsking<Integer> stamp = new ReadAfterAsking<>(() -> {
		int number = this.reads.incrementAndGet();
		try {
			this.release.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return number;
	});

	@AfterEach
	void stop() {
		this.pool.shutdownNow();
	}

	@Test
	void aLoneCallerGetsItsOwnRead() {
		assertThat(this.stamp.get()).isEqualTo(1);
		assertThat(this.stamp.get()).isEqualTo(2);
	}

	@Test
	void aCallerArrivingDuringAReadGetsTheNextReadNotTheOneInProgress() throws Exception {
		this.release = new CountDownLatch(1);
		Future<Integer> first = this.pool.submit(this.stamp::get);
		awaitReads(1);
		Future<Integer> late = this.pool.submit(this.stamp::get);
		awaitWaiting(2);

		this.release.countDown();

		assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
		// read 1 may have started before the late caller's change committed: it must not be its answer
		assertThat(late.get(10, TimeUnit.SECONDS)).isEqualTo(2);
	}

	@Test
	void callersArrivingDuringOneReadShareTheNextOne() throws Exception {
		this.release = new CountDownLatch(1);
		Future<Integer> first = this.pool.submit(this.stamp::get);
		awaitReads(1);
		List<Future<Integer>> late = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			late.add(this.pool.submit(this.stamp::get));
		}
		awaitWaiting(6);

		this.release.countDown();

		assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
		for (Future<Integer> answer : late) {
			assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo(2);
		}
		assertThat(this.reads).hasValue(2);
	}

	@Test
	void aFailedReadFailsThoseWhoSharedItAndTheNextCallerReadsAfresh() {
		AtomicInteger calls = new AtomicInteger();
		ReadAfterAsking<String> flaky = new ReadAfterAsking<>(() -> {
			if (calls.incrementAndGet() == 1) {
				throw new IllegalStateException("cơ sở dữ liệu không trả lời");
			}
			return "ok";
		});

		assertThatThrownBy(flaky::get).isInstanceOf(IllegalStateException.class)
			.hasMessage("cơ sở dữ liệu không trả lời");
		assertThat(flaky.get()).isEqualTo("ok");
	}

	private void awaitReads(int count) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (this.reads.get() < count && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		assertThat(this.reads).hasValue(count);
	}

	/** Until {@code count} callers are parked (the reader on its latch, the others on the shared read). */
	private void awaitWaiting(int count) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (waiting() < count && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		assertThat(waiting()).isEqualTo(count);
	}

	private long waiting() {
		synchronized (this.callers) {
			return this.callers.stream()
				.filter(t -> t.getState() == Thread.State.WAITING || t.getState() == Thread.State.TIMED_WAITING)
				.count();
		}
	}
}
