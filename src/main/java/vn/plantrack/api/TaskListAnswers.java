package vn.plantrack.api;

import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.plantrack.shared.concurrent.HeldByVersion;

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

	private final TaskListVersions versions;

	private final HeldByVersion<Key, Answer> held;

	TaskListAnswers(TaskListVersions versions, @Value("${plantrack.api.task-list-cache-mb:64}") long capacityMb) {
		this.versions = versions;
		this.held = new HeldByVersion<>(capacityMb * 1024 * 1024, answer -> answer.json().length);
	}

	/** The held answer while the plan is unchanged, else {@code compute}'s (held for the next request). */
	Answer answer(Key key, Supplier<Answer> compute) {
		if (!held.holds()) {
			return compute.get();
		}
		// the version is read before the list, so the list computed below is at least as new as its version
		return held.answer(key, versions.of(key.documentId()), compute);
	}

	/**
	 * The answer held under {@code key} if the plan has not changed since it was computed, read as
	 * {@link #answer} reads it (the version first); null when there is none or it is out of date.
	 */
	Answer current(Key key) {
		return held.holds() ? held.current(key, versions.of(key.documentId())) : null;
	}

	/** Bytes held now. */
	long heldBytes() {
		return held.heldBytes();
	}

	/** The answer held under {@code key}, whatever its version; null when none (for tests). */
	Answer held(Key key) {
		return held.held(key);
	}
}
