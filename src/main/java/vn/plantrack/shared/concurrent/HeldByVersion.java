package vn.plantrack.shared.concurrent;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
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

	/** Holds {@code answer}, computed at {@code version}, under {@code key} (replacing what was there). */
	public synchronized void hold(K key, Object version, V answer) {
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
