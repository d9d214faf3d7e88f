package vn.plantrack.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.plantrack.registry.Agencies;
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

	private final Clock clock;

	AgenciesApiController(Agencies agencies, AgencySuccessions successions, TaskResponsibility responsibility,
			Clock clock) {
		this.agencies = agencies;
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
