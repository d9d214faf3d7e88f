package vn.plantrack.tracking;

/**
 * A request the tracking rules refuse, with a message for the user (in Vietnamese). The kind tells the API
 * which HTTP status to answer with.
 */
public class TrackingException extends RuntimeException {

	public enum Kind {
		/** 404: no such task, cycle or submission. */
		NOT_FOUND,
		/** 403: the actor may not touch this row (another agency's task, a REPORTER doing a MONITOR's job). */
		NOT_PERMITTED,
		/** 409: someone changed the row since it was read, or the state no longer allows the step. */
		CONFLICT,
		/** 422: the input itself is wrong (percent out of range, missing reason, file type). */
		INVALID
	}

	private final Kind kind;

	public TrackingException(Kind kind, String message) {
		super(message);
		this.kind = kind;
	}

	public Kind kind() {
		return kind;
	}

	static TrackingException notFound(String message) {
		return new TrackingException(Kind.NOT_FOUND, message);
	}

	static TrackingException notPermitted(String message) {
		return new TrackingException(Kind.NOT_PERMITTED, message);
	}

	static TrackingException conflict(String message) {
		return new TrackingException(Kind.CONFLICT, message);
	}

	static TrackingException invalid(String message) {
		return new TrackingException(Kind.INVALID, message);
	}
}
