package vn.plantrack.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.plantrack.investment.ConflictInvestmentException;
import vn.plantrack.investment.DisbursementImportException;
import vn.plantrack.investment.InvestmentException;
import vn.plantrack.investment.NotFoundInvestmentException;

/** The investment API's refusals as problem details: 404 unknown, 409 conflicts, 422 a refused sheet, 400 the rest. */
@RestControllerAdvice(assignableTypes = { ProjectsApiController.class, InvestmentApiController.class })
class InvestmentApiErrors {

	@ExceptionHandler(DisbursementImportException.class)
	ProblemDetail refusedSheet(DisbursementImportException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
		problem.setTitle("Sheet refused, nothing stored");
		problem.setProperty("errors", ex.errors().stream().map(Object::toString).toList());
		return problem;
	}

	@ExceptionHandler(NotFoundInvestmentException.class)
	ProblemDetail notFound(NotFoundInvestmentException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(ConflictInvestmentException.class)
	ProblemDetail conflict(ConflictInvestmentException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
	}

	@ExceptionHandler(InvestmentException.class)
	ProblemDetail badRequest(InvestmentException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}
}
