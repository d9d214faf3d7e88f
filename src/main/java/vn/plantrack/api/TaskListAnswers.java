package vn.plantrack.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The JSON of task lists already answered, held per (plan, filter, viewer scope, page) for as long as the plan's
 * {@link TaskListVersions version} is the same, so a repeated list costs a stamp read instead of a query, a
 * status class per row and ~100 KB of JSON (bench/tasks-query). Memory is bounded by the bytes held
 * ({@code plantrack.api.task-list-cache-mb}, 0 turns holding off); the least recently used answers go first.
 * <p>
 * The scope is part of the key: a REPORTER's list is cut to its agency's tasks, so it is held under that agency
 * and never answered to anyone else; every other role sees the same whole list.
 */
@Component
class TaskListAnswers {

	/** What a list depends on besides the plan's data: the filter, the viewer's agency when it is a REPORTER, the page. */
	record Key(long documentId, Long agency, boolean reporter, Long reporterAgency, int offset, int limit) {
	}

	/** A list as answered: its JSON and the size of the whole (filtered) list for X-Total-Count. */
	record Answer(byte[] json, long total) {
	}

	/** An answer, the version it is valid for, and when it was last answered (for least-recently-used eviction). */
	private static final class Held {

		final TaskListVersions.Version version;

		final Answer answer;

		volatile long lastUsed;

		Held(TaskListVersions.Version version, Answer answer, long lastUsed) {
			this.version = version;
			this.answer = answer;
			this.lastUsed = lastUsed;
		}

		long size() {
			return answer.json().length + ENTRY_OVERHEAD;
		}
	}

	// a held entry costs its bytes plus the key, the objects and the map node
	private static final int ENTRY_OVERHEAD = 200;

	private final TaskListVersions versions;

	private final long capacityBytes;

	// Reads take no lock: every request of a burst is released by the same stamp read (ChangeStamp) and reached a
	// synchronized map at once; a thread preempted inside it held up the others for a scheduling slice (monitor
	// waits of 20 ms and more in JFR at 64 connections). Writes (a list computed) are serialised by this.
	private final ConcurrentHashMap<Key, Held> held = new ConcurrentHashMap<>(256);

	private final AtomicLong uses = new AtomicLong();

	private long heldBytes;

	TaskListAnswers(TaskListVersions versions, @Value("${plantrack.api.task-list-cache-mb:64}") long capacityMb) {
		this.versions = versions;
		this.capacityBytes = capacityMb * 1024 * 1024;
	}

	/** The held answer while the plan is unchanged, else {@code compute}'s (held for the next request). */
	Answer answer(Key key, Supplier<Answer> compute) {
		if (capacityBytes <= 0) {
			return compute.get();
		}
		// the version is read before the list, so the list computed below is at least as new as its version
		TaskListVersions.Version version = versions.of(key.documentId());
		Answer current = heldFor(key, version);
		if (current != null) {
			return current;
		}
		Answer answer = compute.get();
		hold(key, new Held(version, answer, uses.incrementAndGet()));
		return answer;
	}

	/**
	 * The answer held under {@code key} if the plan has not changed since it was computed, read as
	 * {@link #answer} reads it (the version first); null when there is none or it is out of date.
	 */
	Answer current(Key key) {
		return capacityBytes <= 0 ? null : heldFor(key, versions.of(key.documentId()));
	}

	private Answer heldFor(Key key, TaskListVersions.Version version) {
		Held last = held.get(key);
		if (last == null || !last.version.equals(version)) {
			return null;
		}
		last.lastUsed = uses.incrementAndGet();
		return last.answer;
	}

	private synchronized void hold(Key key, Held entry) {
		long size = entry.size();
		if (size > capacityBytes) {
			// larger than the whole budget: not held, and an older answer under the key is dropped
			Held stale = held.remove(key);
			heldBytes -= stale == null ? 0 : stale.size();
			return;
		}
		Held previous = held.put(key, entry);
		heldBytes += size - (previous == null ? 0 : previous.size());
		while (heldBytes > capacityBytes) {
			evictLeastRecentlyUsed(key);
		}
	}

	/** Drops the answer used longest ago (never {@code keep}, just held); runs only when the budget is exceeded. */
	private void evictLeastRecentlyUsed(Key keep) {
		Map.Entry<Key, Held> eldest = null;
		for (Map.Entry<Key, Held> entry : held.entrySet()) {
			if (!entry.getKey().equals(keep) && (eldest == null || entry.getValue().lastUsed < eldest.getValue().lastUsed)) {
				eldest = entry;
			}
		}
		// the new entry alone fits the budget (checked above), so something else is there to evict
		held.remove(eldest.getKey());
		heldBytes -= eldest.getValue().size();
	}

	/** Bytes held now. */
	synchronized long heldBytes() {
		return heldBytes;
	}

	/** The answer held under {@code key}, whatever its version; null when none (for tests). */
	Answer held(Key key) {
		Held entry = held.get(key);
		return entry == null ? null : entry.answer;
	}
}
