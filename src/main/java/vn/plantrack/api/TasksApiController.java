package vn.plantrack.api;

import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.json.JsonMapper;
import vn.plantrack.tracking.Actor;
import vn.plantrack.tracking.Evidence;
import vn.plantrack.tracking.TaskProgress;
import vn.plantrack.tracking.TaskResponsibility;
import vn.plantrack.tracking.TrackingException;

/**
 * Tasks as JSON: read (a REPORTER only its own agency's), change status, report progress with evidence,
 * who is responsible now, and a MONITOR's reassignment after a split or abolition.
 */
@Tag(name = "Nhiệm vụ", description = "Trạng thái, tiến độ, minh chứng và cơ quan chịu trách nhiệm của nhiệm vụ")
@RestController
@RequestMapping("/api/tasks")
class TasksApiController {

	private final TaskProgress tasks;

	private final TaskResponsibility responsibility;

	private final ApiActors actors;

	private final TaskListAnswers answers;

	private final JsonMapper json;

	TasksApiController(TaskProgress tasks, TaskResponsibility responsibility, ApiActors actors, TaskListAnswers answers,
			JsonMapper json) {
		this.tasks = tasks;
		this.responsibility = responsibility;
		this.actors = actors;
		this.answers = answers;
		this.json = json;
	}

	record Reassignment(long fromAgencyId, long toAgencyId, String reason) {
	}

	@GetMapping
	@Operation(summary = "Nhiệm vụ của một kế hoạch (REPORTER: của cơ quan mình), lọc theo cơ quan chịu trách nhiệm, phân trang")
	@ApiResponse(responseCode = "200", description = "OK",
			content = @Content(mediaType = "*/*", array = @ArraySchema(schema = @Schema(implementation = TaskProgress.TaskSummary.class))))
	void list(@RequestParam long documentId, @RequestParam(required = false) Long agency,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			Principal principal, HttpServletResponse response) throws IOException {
		TaskListQuery query = TaskListQuery.of(documentId, agency, page, size);
		Actor actor = actors.of(principal);
		TaskListAnswers.Answer answer = answers.answer(query.key(actor), () -> TaskListJson.write(json,
				sink -> tasks.each(documentId, agency, query.offset(), query.limit(), actor, sink)));
		TaskListResponse.send(answer, response);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Một nhiệm vụ: trạng thái, phân loại, tiến độ, cập nhật")
	TaskProgress.TaskView one(@PathVariable long id, Principal principal) {
		return tasks.view(id, actors.of(principal));
	}

	/** The original assignment and its current successor on {@code date} (default today). */
	@GetMapping("/{id}/responsible")
	@Operation(summary = "Cơ quan được giao như văn bản ghi và cơ quan kế thừa hiện nay")
	TaskResponsibility.Responsibility responsible(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Principal principal) {
		TaskProgress.TaskView view = tasks.view(id, actors.of(principal));
		return date == null ? view.responsibility() : responsibility.currentResponsible(id, date);
	}

	@PostMapping("/{id}/status")
	@Operation(summary = "Đổi trạng thái nhiệm vụ (cơ quan chủ trì)")
	TaskProgress.TaskView status(@PathVariable long id, @RequestBody TaskProgress.StatusChange change,
			Principal principal) {
		return tasks.changeStatus(id, change, actors.of(principal));
	}

	@PostMapping(path = "/{id}/progress", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Báo cáo tiến độ (cơ quan chủ trì) hoặc đóng góp (cơ quan phối hợp)")
	TaskProgress.TaskView progress(@PathVariable long id, @RequestBody TaskProgress.ProgressReport report,
			Principal principal) {
		return tasks.report(id, report, List.of(), actors.of(principal));
	}

	/** The same with evidence files: multipart fields percent, narrative, version and any number of files. */
	@PostMapping(path = "/{id}/progress", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Báo cáo tiến độ kèm tệp minh chứng")
	TaskProgress.TaskView progressWithEvidence(@PathVariable long id,
			@RequestParam(required = false) Integer percent, @RequestParam(required = false) String narrative,
			@RequestParam(required = false) Integer version,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, Principal principal)
			throws IOException {
		List<Evidence> evidence = new ArrayList<>();
		for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
			if (file.getSize() > Evidence.MAX_BYTES) {
				// refuse before reading a large file into memory
				throw new TrackingException(TrackingException.Kind.INVALID, file.getOriginalFilename() + ": tệp lớn hơn 10 MB");
			}
			evidence.add(new Evidence(file.getOriginalFilename(), file.getBytes()));
		}
		return tasks.report(id, new TaskProgress.ProgressReport(percent, narrative, version), evidence,
				actors.of(principal));
	}

	@PostMapping("/{id}/reassign")
	@Operation(summary = "MONITOR giao lại nhiệm vụ sau chia tách hoặc giải thể cơ quan")
	TaskResponsibility.Responsibility reassign(@PathVariable long id, @RequestBody Reassignment reassignment,
			Principal principal) {
		return responsibility.decide(id, reassignment.fromAgencyId(), reassignment.toAgencyId(), reassignment.reason(),
				actors.of(principal));
	}
}
