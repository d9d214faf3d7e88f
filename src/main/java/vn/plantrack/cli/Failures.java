package vn.plantrack.cli;

import java.net.BindException;
import java.net.ConnectException;
import java.nio.file.AccessDeniedException;
import java.sql.SQLException;

/** Turns a failure into the one line a user can act on, instead of a wall of stack trace. */
final class Failures {

	private Failures() {
	}

	static String oneLine(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			if (root instanceof BindException || root instanceof ConnectException || root instanceof SQLException
					|| root instanceof AccessDeniedException) {
				break;
			}
			root = root.getCause();
		}
		String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
		return message.lines().findFirst().orElse(message).strip();
	}
}
