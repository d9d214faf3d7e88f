package vn.plantrack.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import vn.plantrack.tracking.TrackingException;

/** Refused amendments as RFC 9457 problem details, the Vietnamese message (naming the field) as detail. */
@RestControllerAdvice(assignableTypes = AmendmentsApiController.class)
class AmendmentApiErrors {

	@ExceptionHandler(TrackingException.class)
	ProblemDetail refused(TrackingException ex) {
		HttpStatus status = switch (ex.kind()) {
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case NOT_PERMITTED -> HttpStatus.FORBIDDEN;
			case CONFLICT -> HttpStatus.CONFLICT;
			default -> HttpStatus.UNPROCESSABLE_CONTENT;
		};
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		problem.setTitle(status.getReasonPhrase());
		return problem;
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class })
	ProblemDetail unreadable(Exception ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Yêu cầu không đọc được: " + String.valueOf(ex.getMessage()).lines().findFirst().orElse(""));
	}
}
