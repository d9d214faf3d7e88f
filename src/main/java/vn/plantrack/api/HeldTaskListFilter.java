package vn.plantrack.api;

import java.io.IOException;
import java.security.Principal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import vn.plantrack.tracking.Actor;

/**
 * Answers GET /api/tasks from the held list ({@link TaskListAnswers}) before Spring MVC's dispatch, when the
 * plan has not changed since the list was computed. It runs after the security filters, so the caller is
 * authenticated and the route's rule was applied; it sends exactly what the controller sends
 * ({@link TaskListResponse}). Anything else (a list not held or out of date, a parameter the controller would
 * convert or refuse with its own message, a failure) goes on to the controller unchanged.
 * <p>
 * Why: a held list costs a stamp read and a copy of bytes, yet the dispatch around it (handler lookup,
 * parameter conversion, return value handling) was ~40 % of the server's time per request at 64 connections
 * (bench/tasks-query, JFR), and the task list is what every reporter opens at the deadline.
 */
final class HeldTaskListFilter extends OncePerRequestFilter {

	private final TaskListAnswers answers;

	private final ApiActors actors;

	HeldTaskListFilter(TaskListAnswers answers, ApiActors actors) {
		this.answers = answers;
		this.actors = actors;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		TaskListAnswers.Answer held = heldAnswer(request);
		if (held == null) {
			chain.doFilter(request, response);
			return;
		}
		TaskListResponse.send(held, response);
	}

	/** The held, current answer to this request; null whenever the controller should answer it. */
	private TaskListAnswers.Answer heldAnswer(HttpServletRequest request) {
		Principal principal = request.getUserPrincipal();
		Long documentId = number(request, "documentId");
		if (principal == null || documentId == null) {
			return null;
		}
		Long agency = number(request, "agency");
		Long page = number(request, "page");
		Long size = number(request, "size");
		if (!plain(request, "agency", agency) || !plain(request, "page", page) || !plain(request, "size", size)
				|| !fitsInt(page) || !fitsInt(size)) {
			return null;
		}
		try {
			TaskListQuery query = TaskListQuery.of(documentId, agency, toInt(page), toInt(size));
			Actor actor = actors.of(principal);
			return answers.current(query.key(actor));
		}
		catch (RuntimeException refusedOrFailed) {
			// the controller answers again and reports it as it always does (400, 403, 503...)
			return null;
		}
	}

	/** The parameter's one value as written in plain decimal digits (optionally negative); null otherwise. */
	private static Long number(HttpServletRequest request, String name) {
		String[] values = request.getParameterValues(name);
		if (values == null || values.length != 1) {
			return null;
		}
		String value = values[0];
		int start = value.startsWith("-") ? 1 : 0;
		// up to 18 digits always fits a long; Spring's conversion also takes spaces, "+", hex and more: left to it
		if (value.length() == start || value.length() - start > 18) {
			return null;
		}
		for (int i = start; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return null;
			}
		}
		return Long.parseLong(value);
	}

	/** An optional parameter is plain when it is absent or was read as a plain number. */
	private static boolean plain(HttpServletRequest request, String name, Long parsed) {
		return parsed != null || request.getParameterValues(name) == null;
	}

	private static boolean fitsInt(Long value) {
		return value == null || (value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE);
	}

	private static Integer toInt(Long value) {
		return value == null ? null : value.intValue();
	}
}
