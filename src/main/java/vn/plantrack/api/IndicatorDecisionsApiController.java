package vn.plantrack.api;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.plantrack.tracking.IndicatorResponsibility;

/**
 * Indicators whose lead agency was reorganised: who leads them now, the queue of those stuck at a split or an
 * abolition, and a MONITOR's decision.
 */
@RestController
@Tag(name = "Chỉ tiêu - cơ quan chủ trì", description = "Cơ quan chủ trì hiện nay của chỉ tiêu sau sắp xếp bộ máy và hàng chờ quyết định khi cơ quan bị chia tách")
class IndicatorDecisionsApiController {

	private final IndicatorResponsibility leads;

	private final ApiActors actors;

	private final Clock clock;

	IndicatorDecisionsApiController(IndicatorResponsibility leads, ApiActors actors, Clock clock) {
		this.leads = leads;
		this.actors = actors;
		this.clock = clock;
	}

	record Reassignment(long fromAgencyId, long toAgencyId, String reason) {
	}

	@GetMapping("/api/indicators/decisions")
	@Operation(summary = "Hàng chờ quyết định: chỉ tiêu có cơ quan chủ trì bị chia tách hoặc giải thể",
			description = "MONITOR, LEADER; kèm các cơ quan có thể tiếp nhận")
	List<IndicatorResponsibility.PendingDecision> decisions() {
		return leads.pendingDecisions(LocalDate.now(clock));
	}

	@GetMapping("/api/indicators/{id}/responsible")
	@Operation(summary = "Cơ quan chủ trì chỉ tiêu như văn bản ghi và cơ quan kế thừa tại một ngày (mặc định hôm nay)")
	IndicatorResponsibility.Lead responsible(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return date == null ? leads.lead(id) : leads.lead(id, date);
	}

	@PostMapping("/api/indicators/{id}/reassign")
	@Operation(summary = "MONITOR giao chỉ tiêu cho một cơ quan tiếp nhận sau chia tách hoặc giải thể",
			description = "fromAgencyId: cơ quan đang chờ quyết định; toAgencyId: một trong các cơ quan tiếp nhận; reason bắt buộc")
	IndicatorResponsibility.Lead reassign(@PathVariable long id, @RequestBody Reassignment reassignment,
			Principal principal) {
		return leads.decide(id, reassignment.fromAgencyId(), reassignment.toAgencyId(), reassignment.reason(),
				actors.of(principal));
	}
}
