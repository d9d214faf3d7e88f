package vn.plantrack.api;

import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.plantrack.tracking.CycleExceptions;
import vn.plantrack.tracking.Frequency;
import vn.plantrack.tracking.ReportingCycles;
import vn.plantrack.tracking.Submissions;

/** Reporting schedules and cycles of a plan, the agencies' submissions and their timeliness. */
@RestController
@Tag(name = "Kỳ báo cáo", description = "Lịch báo cáo, kỳ báo cáo, báo cáo định kỳ của các cơ quan và tình hình gửi đúng hạn")
class CyclesApiController {

	private final ReportingCycles cycles;

	private final Submissions submissions;

	private final CycleExceptions exceptions;

	private final ApiActors actors;

	CyclesApiController(ReportingCycles cycles, Submissions submissions, CycleExceptions exceptions, ApiActors actors) {
		this.cycles = cycles;
		this.exceptions = exceptions;
		this.submissions = submissions;
		this.actors = actors;
	}

	/**
	 * workingDays: move the deadline past weekends and holidays (Bộ luật Dân sự 2015, Điều 148);
	 * dueWorkingDays: due within that many working days after the data cut-off, instead of dueBefore.
	 */
	record Opening(long documentId, Frequency frequency, int year, Integer index, LocalDate dueBefore,
			Boolean workingDays, Integer dueWorkingDays) {
	}

	record Review(String comment) {
	}

	@GetMapping("/api/cycles")
	@Operation(summary = "Các kỳ báo cáo (của một kế hoạch nếu có documentId)", description = "Cửa sổ số liệu, hạn gửi và các cơ quan phải báo cáo của từng kỳ")
	List<ReportingCycles.Cycle> list(@RequestParam(required = false) Long documentId) {
		return cycles.list(documentId);
	}

	@GetMapping("/api/cycles/{id}")
	@Operation(summary = "Một kỳ báo cáo")
	ReportingCycles.Cycle one(@PathVariable long id) {
		return cycles.cycle(id);
	}

	@PostMapping("/api/cycles")
	@Operation(summary = "MONITOR mở một kỳ báo cáo", description = "Hạn gửi: dueBefore, hoặc dueWorkingDays ngày làm việc sau ngày chốt số liệu, hoặc theo lịch báo cáo của kế hoạch; workingDays: lùi hạn qua ngày nghỉ")
	ResponseEntity<ReportingCycles.Cycle> open(@RequestBody Opening opening, Principal principal) {
		ReportingCycles.Cycle cycle = cycles.open(opening.documentId(), opening.frequency(), opening.year(),
				opening.index() == null ? 1 : opening.index(), opening.dueBefore(), opening.dueWorkingDays(),
				Boolean.TRUE.equals(opening.workingDays()),
				actors.of(principal));
		return ResponseEntity.created(URI.create("/api/cycles/" + cycle.id())).body(cycle);
	}

	@PostMapping("/api/cycles/schedules")
	@Operation(summary = "MONITOR ghi lịch báo cáo của kế hoạch", description = "Tần suất và hạn gửi như kế hoạch quy định (vd. 6 tháng trước ngày 15/6), kèm dòng nguồn")
	ReportingCycles.Schedule schedule(@RequestBody ReportingCycles.Schedule schedule, Principal principal) {
		return cycles.schedule(schedule, actors.of(principal));
	}

	@GetMapping("/api/cycles/{id}/timeliness")
	@Operation(summary = "Tình hình gửi báo cáo của từng cơ quan trong kỳ", description = "ON_TIME (đúng hạn), LATE (muộn), MISSING (không gửi), PENDING (chưa đến hạn); REPORTER chỉ thấy dòng của cơ quan mình")
	List<ReportingCycles.AgencyTimeliness> timeliness(@PathVariable long id, Principal principal) {
		return cycles.timeliness(id, actors.of(principal));
	}

	@GetMapping("/api/cycles/{id}/exceptions")
	@Operation(summary = "Các cơ quan được gia hạn trong kỳ báo cáo đã khóa", description = "Hạn mới, lý do, người gia hạn; REPORTER chỉ thấy gia hạn của cơ quan mình")
	List<CycleExceptions.CycleException> exceptionsOf(@PathVariable long id, Principal principal) {
		return exceptions.ofCycle(id, actors.of(principal));
	}

	/** A later grant to the same agency replaces its date; the audit log keeps the earlier one. */
	@PostMapping("/api/cycles/{id}/exceptions")
	@Operation(summary = "MONITOR gia hạn cho một cơ quan sau khi kỳ báo cáo đã khóa", description = "Từ hạn gửi, kỳ báo cáo khóa; cơ quan được gia hạn gửi được báo cáo trước ngày newDueDate (phải sau hôm nay), kèm lý do (reason); báo cáo gửi sau hạn gốc vẫn là muộn")
	CycleExceptions.CycleException grant(@PathVariable long id, @RequestBody CycleExceptions.Grant grant,
			Principal principal) {
		return exceptions.grant(id, grant, actors.of(principal));
	}

	record Revoking(String reason) {
	}

	/** The reason comes as {@code {"reason": ...}} or, for clients that send no body with DELETE, as ?reason=. */
	@DeleteMapping("/api/cycles/{id}/exceptions/{agencyId}")
	@Operation(summary = "MONITOR thu hồi gia hạn của một cơ quan", description = "Kèm lý do (reason, trong thân JSON hoặc tham số); nếu đã qua hạn gửi, kỳ báo cáo khóa lại với cơ quan (lockedNow); báo cáo cơ quan đã gửi trong thời gian gia hạn được giữ nguyên")
	CycleExceptions.Revocation revoke(@PathVariable long id, @PathVariable long agencyId,
			@RequestBody(required = false) Revoking body, @RequestParam(name = "reason", required = false) String reason,
			Principal principal) {
		String why = body != null && body.reason() != null ? body.reason() : reason;
		return exceptions.revoke(id, agencyId, why, actors.of(principal));
	}

	@GetMapping("/api/cycles/{id}/submissions")
	@Operation(summary = "Các báo cáo đã lập trong kỳ", description = "REPORTER chỉ thấy báo cáo của cơ quan mình")
	List<Submissions.View> submissionsOf(@PathVariable long id, Principal principal) {
		return submissions.ofCycle(id, actors.of(principal));
	}

	/** Creates or replaces the agency's draft for the cycle; all lines are checked before anything is saved. */
	@PostMapping("/api/cycles/{id}/submissions")
	@Operation(summary = "Lưu bản nháp báo cáo của cơ quan trong kỳ", description = "Kết quả nhiệm vụ, số liệu chỉ tiêu và nội dung; kiểm tra tất cả trước khi lưu")
	Submissions.View draft(@PathVariable long id, @RequestBody Submissions.Draft draft, Principal principal) {
		return submissions.saveDraft(id, draft, actors.of(principal));
	}

	@GetMapping("/api/submissions/{id}")
	@Operation(summary = "Một báo cáo")
	Submissions.View submission(@PathVariable long id, Principal principal) {
		return submissions.view(id, actors.of(principal));
	}

	@PostMapping("/api/submissions/{id}/submit")
	@Operation(summary = "Gửi báo cáo (nháp hoặc bị trả lại)", description = "Thời điểm gửi lần đầu quyết định đúng hạn hay muộn")
	Submissions.View submit(@PathVariable long id, Principal principal) {
		return submissions.submit(id, actors.of(principal));
	}

	@PostMapping("/api/submissions/{id}/return")
	@Operation(summary = "MONITOR trả lại báo cáo để sửa, kèm ý kiến")
	Submissions.View returnForCorrection(@PathVariable long id, @RequestBody Review review, Principal principal) {
		return submissions.returnForCorrection(id, review.comment(), actors.of(principal));
	}

	@PostMapping("/api/submissions/{id}/accept")
	@Operation(summary = "MONITOR chấp nhận báo cáo")
	Submissions.View accept(@PathVariable long id, Principal principal) {
		return submissions.accept(id, actors.of(principal));
	}
}
