package vn.plantrack.api;

import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.plantrack.registry.IndicatorSettings;
import vn.plantrack.reporting.IndicatorEvaluations;

/** Verdicts, pace and scorecards of registered indicators, and the MONITOR's decisions about them. */
@RestController
class IndicatorsApiController {

	private final IndicatorEvaluations evaluations;

	private final IndicatorSettings settings;

	IndicatorsApiController(IndicatorEvaluations evaluations, IndicatorSettings settings) {
		this.evaluations = evaluations;
		this.settings = settings;
	}

	record DirectionChange(String direction) {
	}

	record OverrideRequest(String verdict, String reason) {
	}

	@GetMapping("/api/indicators/{id}/evaluation")
	ResponseEntity<IndicatorEvaluations.IndicatorVerdict> evaluation(@PathVariable long id) {
		return ResponseEntity.of(evaluations.forIndicator(id));
	}

	@GetMapping("/api/documents/{id}/evaluation")
	IndicatorEvaluations.PlanEvaluation planEvaluation(@PathVariable long id) {
		return evaluations.forDocument(id);
	}

	@PutMapping("/api/indicators/{id}/direction")
	ResponseEntity<Void> direction(@PathVariable long id, @RequestBody DirectionChange change, Principal principal) {
		return settings.setDirection(id, change.direction(), principal.getName()) ? ResponseEntity.noContent().build()
				: ResponseEntity.notFound().build();
	}

	@PostMapping("/api/indicators/{id}/override")
	ResponseEntity<Void> override(@PathVariable long id, @RequestBody OverrideRequest request, Principal principal) {
		return settings.override(id, request.verdict(), request.reason(), principal.getName())
				? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badRequest(IllegalArgumentException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}
}
