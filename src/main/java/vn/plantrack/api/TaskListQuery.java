package vn.plantrack.api;

import vn.plantrack.tracking.Actor;
import vn.plantrack.tracking.TrackingException;

/**
 * What GET /api/tasks was asked for: a plan, an optional agency filter and an optional page, checked once for both
 * ways the list is answered (the controller, and {@link HeldTaskListFilter} for a held list).
 */
record TaskListQuery(long documentId, Long agency, int offset, int limit) {

	/** The most tasks one page may hold; a plan's whole list is returned when no page size is asked for. */
	static final int MAX_PAGE_SIZE = 1000;

	/** @throws TrackingException (INVALID) for a negative page, a size outside 1..MAX_PAGE_SIZE or a page without size */
	static TaskListQuery of(long documentId, Long agency, Integer page, Integer size) {
		if (page != null && page < 0) {
			throw new TrackingException(TrackingException.Kind.INVALID, "Tham số page phải từ 0 trở lên (nhận " + page + ")");
		}
		if (size != null && (size < 1 || size > MAX_PAGE_SIZE)) {
			throw new TrackingException(TrackingException.Kind.INVALID, "Tham số size phải từ 1 đến " + MAX_PAGE_SIZE + " (nhận " + size + ")");
		}
		if (page != null && size == null) {
			throw new TrackingException(TrackingException.Kind.INVALID, "Có tham số page thì phải có size (1 đến " + MAX_PAGE_SIZE + ")");
		}
		int limit = size == null ? Integer.MAX_VALUE : size;
		int offset = page == null ? 0 : (int) Math.min(Integer.MAX_VALUE, (long) page * limit);
		return new TaskListQuery(documentId, agency, offset, limit);
	}

	/** The key the answer is held under: the viewer is in it only as far as the list depends on it, a REPORTER's agency. */
	TaskListAnswers.Key key(Actor actor) {
		return new TaskListAnswers.Key(documentId, agency, actor.reporter(), actor.reporter() ? actor.agencyId() : null,
				offset, limit);
	}
}
