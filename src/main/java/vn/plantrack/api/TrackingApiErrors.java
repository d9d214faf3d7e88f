package vn.plantrack.api;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import vn.plantrack.tracking.TrackingException;

/** Refusals of the tracking rules as RFC 9457 problem details with the user-facing message as detail. */
@RestControllerAdvice(assignableTypes = { AgenciesApiController.class, TasksApiController.class,
		CyclesApiController.class, IndicatorObservationsApiController.class,
		ExplanationsApiController.class, NonWorkingDaysApiController.class,
		RemindersApiController.class, IndicatorDecisionsApiController.class })
class TrackingApiErrors {

	@ExceptionHandler(TrackingException.class)
	ProblemDetail refused(TrackingException ex) {
		HttpStatus status = statusOf(ex.kind());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		problem.setTitle(status.getReasonPhrase());
		return problem;
	}

	/** Two users created the same row at once (a cycle, a report, a decision): the second is told to reload. */
	@ExceptionHandler(DuplicateKeyException.class)
	ProblemDetail sameRowTwice(DuplicateKeyException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Người khác vừa lưu cùng nội dung này; hãy tải lại rồi thực hiện lại");
		problem.setTitle(HttpStatus.CONFLICT.getReasonPhrase());
		return problem;
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class })
	ProblemDetail unreadable(Exception ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Yêu cầu không đọc được: " + String.valueOf(ex.getMessage()).lines().findFirst().orElse(""));
	}

	/** A required parameter left out (GET /api/tasks without documentId): say which, instead of a bare 400. */
	@ExceptionHandler(MissingServletRequestParameterException.class)
	ProblemDetail missing(MissingServletRequestParameterException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Thiếu tham số bắt buộc '" + ex.getParameterName() + "'");
	}

	private static HttpStatus statusOf(TrackingException.Kind kind) {
		switch (kind) {
			case NOT_FOUND:
				return HttpStatus.NOT_FOUND;
			case NOT_PERMITTED:
				return HttpStatus.FORBIDDEN;
			case CONFLICT:
				return HttpStatus.CONFLICT;
			default:
				return HttpStatus.UNPROCESSABLE_CONTENT;
		}
	}
}
