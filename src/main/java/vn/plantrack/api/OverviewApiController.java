package vn.plantrack.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import tools.jackson.databind.json.JsonMapper;
import vn.plantrack.reporting.OverviewFigures;

/** The overview as JSON for a province ({@code ?locality=code}) or the country, and a trivial signed-in ping. */
@RestController
class OverviewApiController {

	private final OverviewFigures overview;

	private final JsonMapper json;

	/**
	 * The JSON of the overview last answered per scope, kept with the overview it was written from. OverviewFigures
	 * hands out the same object until the data changes or the day turns, so while it does the bytes are reused:
	 * writing the country's 374 plan lines was most of a warm country request (bench/overview: 0.16 of ping).
	 */
	private final Map<String, Written> written = new ConcurrentHashMap<>();

	private record Written(OverviewFigures.Overview overview, byte[] json) {
	}

	OverviewApiController(OverviewFigures overview, JsonMapper json) {
		this.overview = overview;
		this.json = json;
	}

	@GetMapping("/api/overview")
	@Operation(summary = "Tổng quan: nhiệm vụ theo tình trạng, chỉ tiêu theo kết quả đánh giá, theo từng kế hoạch",
			responses = @ApiResponse(responseCode = "200",
					content = @Content(mediaType = "application/json", schema = @Schema(implementation = OverviewFigures.Overview.class))))
	ResponseEntity<byte[]> overview(@RequestParam(required = false) String locality) {
		String scope = locality == null || locality.isBlank() ? null : locality.strip();
		OverviewFigures.Overview current = overview.of(scope);
		String key = scope == null ? "" : scope;
		Written last = written.get(key);
		if (last == null || last.overview() != current) {
			last = new Written(current, json.writeValueAsBytes(current));
			// one entry per scope asked for; scopes are locality codes, bounded by the localities that exist
			if (written.size() > 1_000) {
				written.clear();
			}
			written.put(key, last);
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(last.json());
	}

	/** Answers without touching the database: the floor a benchmark compares every other endpoint with. */
	@GetMapping("/api/ping")
	Map<String, String> ping() {
		return Map.of("status", "ok");
	}
}
