package vn.plantrack.api;

import java.security.Principal;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.plantrack.reporting.CalendarFeeds;

/**
 * Calendar feeds of an agency's deadlines: created and revoked by the MONITOR or the agency's own
 * reporter; read by calendar programs with the secret in the URL (they cannot log in).
 */
@RestController
class ReportCalendarApiController {

	private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final CalendarFeeds feeds;

	ReportCalendarApiController(CalendarFeeds feeds) {
		this.feeds = feeds;
	}

	@PostMapping("/api/agencies/{agencyId}/calendar-feeds")
	ResponseEntity<Map<String, Object>> create(@PathVariable long agencyId, Principal principal) {
		if (!mayManage(agencyId, principal)) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
		}
		CalendarFeeds.Feed feed = feeds.create(agencyId, principal.getName());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(Map.of("id", feed.id(), "agencyId", feed.agencyId(), "url", "/api/calendar/" + feed.token() + ".ics"));
	}

	@DeleteMapping("/api/calendar-feeds/{id}")
	ResponseEntity<Void> revoke(@PathVariable long id, Principal principal) {
		Optional<Long> agency = feeds.agencyOf(id);
		if (agency.isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		if (!mayManage(agency.get(), principal)) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
		}
		return feeds.revoke(id, principal.getName()) ? ResponseEntity.noContent().build()
				: ResponseEntity.notFound().build();
	}

	@GetMapping("/api/calendar/{file}")
	ResponseEntity<String> feed(@PathVariable String file) {
		String token = file.endsWith(".ics") ? file.substring(0, file.length() - 4) : file;
		return feeds.ics(token)
			.map(ics -> ResponseEntity.ok().contentType(CALENDAR).body(ics))
			.orElse(ResponseEntity.notFound().build());
	}

	// a reporter manages only its own agency's feeds; the monitoring office (no agency) any agency's
	private boolean mayManage(long agencyId, Principal principal) {
		return feeds.agencyOfUser(principal.getName()).map(own -> own == agencyId).orElse(true);
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badRequest(IllegalArgumentException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}
}
