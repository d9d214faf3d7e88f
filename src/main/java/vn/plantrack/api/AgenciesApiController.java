package vn.plantrack.api;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.plantrack.registry.Agencies;
import vn.plantrack.registry.AgencyReorganisations;
import vn.plantrack.registry.AgencySuccessions;
import vn.plantrack.tracking.TaskResponsibility;
import vn.plantrack.tracking.TrackingException;

/** The agency directory of a locality, its reorganisation events, name lookup, and the reassignment queue. */
@RestController
@RequestMapping("/api/agencies")
class AgenciesApiController {

	private final Agencies agencies;

	private final AgencySuccessions successions;

	private final TaskResponsibility responsibility;

	private final AgencyReorganisations reorganisations;

	private final Clock clock;

	AgenciesApiController(Agencies agencies, AgencySuccessions successions, TaskResponsibility responsibility,
			AgencyReorganisations reorganisations, Clock clock) {
		this.agencies = agencies;
		this.reorganisations = reorganisations;
		this.successions = successions;
		this.responsibility = responsibility;
		this.clock = clock;
	}

	record Directory(String locality, List<Agencies.Entry> agencies, List<AgencySuccessions.Step> events) {
	}

	record Resolved(String name, AgencySuccessions.Succession succession) {
	}

	@GetMapping
	Directory directory(@RequestParam(defaultValue = "son-la") String locality) {
		long id = locality(locality);
		return new Directory(locality, agencies.directory(id), successions.eventsOf(id));
	}

	/** "Sở KH&ĐT", "Kế hoạch và Đầu tư" → the agency and who holds its responsibilities on {@code date}. */
	@GetMapping("/resolve")
	Resolved resolve(@RequestParam(defaultValue = "son-la") String locality, @RequestParam String name,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		long agency = agencies.find(locality(locality), name)
			.orElseThrow(() -> new TrackingException(TrackingException.Kind.NOT_FOUND,
					"Không tìm thấy cơ quan \"" + name + "\" trong danh bạ " + locality));
		return new Resolved(name, successions.resolve(agency, date == null ? LocalDate.now(clock) : date));
	}

	@PostMapping
	ResponseEntity<Agencies.Entry> create(@RequestBody AgencyReorganisations.NewAgency agency, Principal principal) {
		long id = reorganisations.create(agency, principal.getName());
		Agencies.Entry created = agencies.directory(locality(agency.locality()))
			.stream()
			.filter(e -> e.id() == id)
			.findFirst()
			.orElseThrow();
		return ResponseEntity.created(URI.create("/api/agencies?locality=" + agency.locality())).body(created);
	}

	record Alias(String alias) {
	}

	@PostMapping("/{id}/aliases")
	ResponseEntity<Void> alias(@PathVariable long id, @RequestBody Alias alias, Principal principal) {
		reorganisations.addAlias(id, alias.alias(), principal.getName());
		return ResponseEntity.noContent().build();
	}

	/** Records a merge, split, rename or abolition with its effective date and legal basis. */
	@PostMapping("/successions")
	ResponseEntity<Void> succession(@RequestBody AgencyReorganisations.Event event, Principal principal) {
		reorganisations.record(event, principal.getName());
		return ResponseEntity.noContent().build();
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail refused(IllegalArgumentException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
	}

	/** Tasks whose lead agency was split or abolished and that wait for a MONITOR to reassign them. */
	@GetMapping("/decisions")
	List<TaskResponsibility.PendingDecision> decisions() {
		return responsibility.pendingDecisions(LocalDate.now(clock));
	}

	private long locality(String code) {
		return agencies.localityId(code)
			.orElseThrow(() -> new TrackingException(TrackingException.Kind.NOT_FOUND, "Không có địa phương " + code));
	}
}
