package vn.plantrack.api;

import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.plantrack.tracking.Explanations;

/** Explanation requests about a task: asked by a MONITOR, answered by the lead agency. */
@Tag(name = "Giải trình", description = "Yêu cầu giải trình về nhiệm vụ quá hạn và câu trả lời của cơ quan")
@RestController
class ExplanationsApiController {

	private final Explanations explanations;

	private final ApiActors actors;

	ExplanationsApiController(Explanations explanations, ApiActors actors) {
		this.explanations = explanations;
		this.actors = actors;
	}

	record Question(String question, LocalDate dueBefore) {
	}

	record Answer(String answer) {
	}

	@GetMapping("/api/tasks/{id}/explanations")
	@Operation(summary = "Các yêu cầu giải trình về một nhiệm vụ")
	List<Explanations.Request> ofTask(@PathVariable long id, Principal principal) {
		return explanations.ofTask(id, actors.of(principal));
	}

	@PostMapping("/api/tasks/{id}/explanations")
	@Operation(summary = "MONITOR yêu cầu cơ quan chủ trì giải trình, kèm hạn trả lời")
	ResponseEntity<Explanations.Request> ask(@PathVariable long id, @RequestBody Question question, Principal principal) {
		Explanations.Request request = explanations.ask(id, question.question(), question.dueBefore(), actors.of(principal));
		return ResponseEntity.created(URI.create("/api/tasks/" + id + "/explanations")).body(request);
	}

	@PostMapping("/api/explanations/{id}/answer")
	@Operation(summary = "Cơ quan chủ trì trả lời yêu cầu giải trình")
	Explanations.Request answer(@PathVariable long id, @RequestBody Answer answer, Principal principal) {
		return explanations.answer(id, answer.answer(), actors.of(principal));
	}
}
