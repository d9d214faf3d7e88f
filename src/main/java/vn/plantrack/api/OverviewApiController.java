package vn.plantrack.api;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.plantrack.reporting.OverviewFigures;

/** The overview as JSON for a province ({@code ?locality=code}) or the country, and a trivial signed-in ping. */
@RestController
class OverviewApiController {

	private final OverviewFigures overview;

	OverviewApiController(OverviewFigures overview) {
		this.overview = overview;
	}

	@GetMapping("/api/overview")
	OverviewFigures.Overview overview(@RequestParam(required = false) String locality) {
		return overview.of(locality == null || locality.isBlank() ? null : locality.strip());
	}

	/** Answers without touching the database: the floor a benchmark compares every other endpoint with. */
	@GetMapping("/api/ping")
	Map<String, String> ping() {
		return Map.of("status", "ok");
	}
}
