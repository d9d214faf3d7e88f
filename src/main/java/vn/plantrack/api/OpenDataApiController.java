package vn.plantrack.api;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.plantrack.reporting.OpenData;

/**
 * Open data of a locality that publishes it (docs/OPEN_DATA.md): one JSON document, or one CSV file per
 * table. Public: no account needed. A locality that does not publish answers 404, like an unknown one.
 */
@RestController
class OpenDataApiController {

	private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final OpenData openData;

	OpenDataApiController(OpenData openData) {
		this.openData = openData;
	}

	@GetMapping("/api/open-data/{locality}")
	ResponseEntity<OpenData.DataSet> json(@PathVariable String locality) {
		return ResponseEntity.of(openData.of(locality));
	}

	@GetMapping("/api/open-data/{locality}/{table}.csv")
	ResponseEntity<String> csv(@PathVariable String locality, @PathVariable String table) {
		return openData.of(locality)
			.flatMap(data -> OpenData.csv(data, table))
			.map(csv -> ResponseEntity.ok().contentType(CSV).body(csv))
			.orElse(ResponseEntity.notFound().build());
	}
}
