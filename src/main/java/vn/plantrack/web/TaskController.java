package vn.plantrack.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.plantrack.tracking.TaskResponsibility;

/**
 * One task: what the plan assigned (the agency as written) and who carries it today after reorganisations,
 * its period, status class and history.
 */
@Controller
class TaskController {

	private final TaskRows tasks;

	private final TaskResponsibility responsibility;

	private final AuditRows audit;

	TaskController(TaskRows tasks, TaskResponsibility responsibility, AuditRows audit) {
		this.tasks = tasks;
		this.responsibility = responsibility;
		this.audit = audit;
	}

	@GetMapping("/tasks/{id}")
	String show(@PathVariable long id, Model model) {
		TaskRows.TaskRow task = tasks.find(id).orElseThrow(() -> new NotFoundException("task " + id));
		model.addAttribute("task", task);
		model.addAttribute("responsibility", responsibility.currentResponsible(id, tasks.today()));
		model.addAttribute("history", audit.ofTask(id, task.documentId()));
		return "tasks/show";
	}
}
