package vn.plantrack.api;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
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

	private record Held(TaskListVersions.Version version, Answer answer) {
	}

	// a held entry costs its bytes plus the key, the records and the map node
	private static final int ENTRY_OVERHEAD = 200;

	private final TaskListVersions versions;

	private final long capacityBytes;

	private final LinkedHashMap<Key, Held> held = new LinkedHashMap<>(256, 0.75f, true);

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
		synchronized (this) {
			Held last = held.get(key);
			if (last != null && last.version().equals(version)) {
				return last.answer();
			}
		}
		Answer answer = compute.get();
		hold(key, new Held(version, answer));
		return answer;
	}

	private synchronized void hold(Key key, Held entry) {
		long size = size(entry);
		if (size > capacityBytes) {
			// larger than the whole budget: not held, and an older answer under the key is dropped
			Held stale = held.remove(key);
			heldBytes -= stale == null ? 0 : size(stale);
			return;
		}
		Held previous = held.put(key, entry);
		heldBytes += size - (previous == null ? 0 : size(previous));
		Iterator<Map.Entry<Key, Held>> eldest = held.entrySet().iterator();
		while (heldBytes > capacityBytes && eldest.hasNext()) {
			Map.Entry<Key, Held> out = eldest.next();
			heldBytes -= size(out.getValue());
			eldest.remove();
		}
	}

	/** Bytes held now. */
	synchronized long heldBytes() {
		return heldBytes;
	}

	/** The answer held under {@code key}, whatever its version; null when none (for tests). */
	synchronized Answer held(Key key) {
		Held entry = held.get(key);
		return entry == null ? null : entry.answer();
	}

	private static long size(Held entry) {
		return entry.answer().json().length + ENTRY_OVERHEAD;
	}
}
