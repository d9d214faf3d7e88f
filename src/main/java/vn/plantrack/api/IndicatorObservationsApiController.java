package vn.plantrack.api;

import java.security.Principal;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.plantrack.tracking.IndicatorValues;

/** An indicator's recorded values: read (a REPORTER only its own agency's) and entered by its lead agency. */
@RestController
@RequestMapping("/api/indicators")
class IndicatorObservationsApiController {

	private final IndicatorValues values;

	private final ApiActors actors;

	IndicatorObservationsApiController(IndicatorValues values, ApiActors actors) {
		this.values = values;
		this.actors = actors;
	}

	@GetMapping("/{id}/observations")
	List<IndicatorValues.Value> observations(@PathVariable long id, Principal principal) {
		return values.of(id, actors.of(principal));
	}

	@PostMapping("/{id}/observations")
	IndicatorValues.Value record(@PathVariable long id, @RequestBody IndicatorValues.Value value, Principal principal) {
		return values.record(id, value, actors.of(principal));
	}
}
