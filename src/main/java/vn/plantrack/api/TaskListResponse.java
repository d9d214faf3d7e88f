package vn.plantrack.api;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;

/** How a task list goes out, the same whether the controller or {@link HeldTaskListFilter} answers it. */
final class TaskListResponse {

	/** Response header with the number of tasks of the whole (filtered) list, for paging clients. */
	static final String TOTAL_HEADER = "X-Total-Count";

	private TaskListResponse() {
	}

	static void send(TaskListAnswers.Answer answer, HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_OK);
		response.setHeader(TOTAL_HEADER, Long.toString(answer.total()));
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setContentLength(answer.json().length);
		response.getOutputStream().write(answer.json());
	}
}
