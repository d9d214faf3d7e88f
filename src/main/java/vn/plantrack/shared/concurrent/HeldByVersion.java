package vn.plantrack.shared.concurrent;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Answers held per key together with the version of the data they were computed from, bounded by the bytes they
 * hold: the least recently used go first. An answer is handed out only while the caller's version equals the one
 * it was held with; the caller reads the version before it computes, so a held answer is never older than its
 * version says.
 * <p>
 * Reads take no lock: every request of a burst is released by the same stamp read and reached a synchronized map
 * at once; a thread preempted inside it held up the others for a scheduling slice (monitor waits of 20 ms and more
 * in JFR at 64 connections). Writes (an answer computed) are serialised.
 * <p>
 * An answer missing or out of date is computed once for everyone asking at the same version ({@link #answer}):
 * after a change, the requests of a burst would otherwise each compute the same answer at once (a province's plan
 * page costs about half a second of CPU to render).
 *
 * @param <K> what an answer depends on besides the data
 * @param <V> the answer
 */
public final class HeldByVersion<K, V> {

	// a held entry costs its bytes plus the key, the objects and the map node
	static final int ENTRY_OVERHEAD = 200;

	private static final class Held<V> {

		final Object version;

		final V answer;

		final long size;

		volatile long lastUsed;

		Held(Object version, V answer, long size, long lastUsed) {
			this.version = version;
			this.answer = answer;
			this.size = size;
			this.lastUsed = lastUsed;
		}
	}

	private final long capacityBytes;

	private final ToLongFunction<V> bytesOf;

	private final ConcurrentHashMap<K, Held<V>> held = new ConcurrentHashMap<>(256);

	private final AtomicLong uses = new AtomicLong();

	/** Answers being computed, with the version each is computed at. */
	private final ConcurrentHashMap<K, Computing<V>> computing = new ConcurrentHashMap<>();

	private record Computing<V>(Object version, CompletableFuture<V> answer) {
	}

	private long heldBytes;

	/**
	 * @param capacityBytes the budget; 0 or less holds nothing
	 * @param bytesOf the size of an answer in memory
	 */
	public HeldByVersion(long capacityBytes, ToLongFunction<V> bytesOf) {
		this.capacityBytes = capacityBytes;
		this.bytesOf = bytesOf;
	}

	/** Whether anything is ever held (a budget of 0 turns holding off). */
	public boolean holds() {
		return capacityBytes > 0;
	}

	/** The answer held under {@code key} if it was computed at {@code version}; null when none or out of date. */
	public V current(K key, Object version) {
		Held<V> last = held.get(key);
		if (last == null || !last.version.equals(version)) {
			return null;
		}
		last.lastUsed = uses.incrementAndGet();
		return last.answer;
	}

	/**
	 * The answer held under {@code key} at {@code version}, else {@code compute}'s, held for the next caller. The
	 * caller reads {@code version} before anything {@code compute} reads. Callers asking while an answer for the same
	 * key and version is being computed wait for it and share it (its failure too); a caller with another version
	 * computes its own.
	 */
	public V answer(K key, Object version, Supplier<V> compute) {
		if (!holds()) {
			return compute.get();
		}
		V current = current(key, version);
		if (current != null) {
			return current;
		}
		Computing<V> mine = new Computing<>(version, new CompletableFuture<>());
		Computing<V> running = computing.compute(key,
				(k, other) -> other != null && other.version().equals(version) ? other : mine);
		if (running != mine) {
			return shared(running.answer());
		}
		try {
			V answer = compute.get();
			hold(key, version, answer);
			mine.answer().complete(answer);
			return answer;
		}
		catch (Throwable failure) {
			mine.answer().completeExceptionally(failure);
			throw failure;
		}
		finally {
			computing.remove(key, mine);
		}
	}

	private static <V> V shared(CompletableFuture<V> answer) {
		try {
			return answer.join();
		}
		catch (CompletionException ex) {
			// the computing caller's own failure, as it was thrown there
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

	/** Holds {@code answer}, computed at {@code version}, under {@code key} (replacing what was there). */
	private synchronized void hold(K key, Object version, V answer) {
		Objects.requireNonNull(version, "version");
		long size = bytesOf.applyAsLong(answer) + ENTRY_OVERHEAD;
		if (size > capacityBytes) {
			// larger than the whole budget: not held, and an older answer under the key is dropped
			Held<V> stale = held.remove(key);
			heldBytes -= stale == null ? 0 : stale.size;
			return;
		}
		Held<V> previous = held.put(key, new Held<>(version, answer, size, uses.incrementAndGet()));
		heldBytes += size - (previous == null ? 0 : previous.size);
		while (heldBytes > capacityBytes) {
			evictLeastRecentlyUsed(key);
		}
	}

	/** Drops the answer used longest ago (never {@code keep}, just held); runs only when the budget is exceeded. */
	private void evictLeastRecentlyUsed(K keep) {
		Map.Entry<K, Held<V>> eldest = null;
		for (Map.Entry<K, Held<V>> entry : held.entrySet()) {
			if (!entry.getKey().equals(keep) && (eldest == null || entry.getValue().lastUsed < eldest.getValue().lastUsed)) {
				eldest = entry;
			}
		}
		// the new entry alone fits the budget (checked by hold), so something else is there to evict
		held.remove(eldest.getKey());
		heldBytes -= eldest.getValue().size;
	}

	/** Bytes held now. */
	public synchronized long heldBytes() {
		return heldBytes;
	}

	/** The answer held under {@code key}, whatever its version; null when none (for tests). */
	public V held(K key) {
		Held<V> entry = held.get(key);
		return entry == null ? null : entry.answer;
	}
}
