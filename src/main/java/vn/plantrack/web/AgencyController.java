package vn.plantrack.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.plantrack.tracking.StatusClass;

/**
 * Agencies ranked by how they keep their deadlines (league table), and one agency's tasks. Only tasks an
 * agency leads count for it; coordinating work is shown but not scored.
 */
@Controller
class AgencyController {

	private final TaskRows tasks;

	private final JdbcClient jdbc;

	AgencyController(TaskRows tasks, JdbcClient jdbc) {
		this.tasks = tasks;
		this.jdbc = jdbc;
	}

	/**
	 * An agency's score: tasks it leads, done on time, done late, overdue. The on-time rate is done on time
	 * over all tasks whose outcome is known (done, or past their deadline), null when none is known yet.
	 */
	record LeagueLine(long agencyId, String name, String locality, int led, int onTime, int late, int overdue) {

		public Integer onTimeRate() {
			int decided = onTime + late + overdue;
			return decided == 0 ? null : Math.round(onTime * 100f / decided);
		}
	}

	@GetMapping("/agencies")
	String league(Model model) {
		List<TaskRows.TaskRow> all = tasks.all();
		List<LeagueLine> lines = new ArrayList<>();
		for (Map<String, Object> agency : jdbc.sql("""
				SELECT a.id, a.name, l.name AS locality FROM agency a JOIN locality l ON l.id = a.locality_id
				WHERE EXISTS (SELECT 1 FROM task_agency ta WHERE ta.agency_id = a.id AND ta.role = 'LEAD')""")
			.query()
			.listOfRows()) {
			long id = ((Number) agency.get("id")).longValue();
			lines.add(score(id, (String) agency.get("name"), (String) agency.get("locality"), all));
		}
		model.addAttribute("lines", ranked(lines));
		return "agencies/list";
	}

	// rule: only agencies with a judged task (done, or past its deadline) are ranked: best on-time rate first,
	// then fewer overdue; the others follow by name, unranked
	static List<LeagueLine> ranked(List<LeagueLine> lines) {
		List<LeagueLine> sorted = new ArrayList<>(lines);
		sorted.sort(Comparator.comparing((LeagueLine l) -> l.onTimeRate() == null)
			.thenComparing(l -> l.onTimeRate() == null ? 0 : -l.onTimeRate())
			.thenComparing(LeagueLine::overdue)
			.thenComparing(LeagueLine::name));
		return sorted;
	}

	@GetMapping("/agencies/{id}")
	String show(@PathVariable long id, Model model) {
		Map<String, Object> agency = jdbc.sql("""
				SELECT a.id, a.name, a.short_name, a.active_from, a.active_to, l.name AS locality FROM agency a
				JOIN locality l ON l.id = a.locality_id WHERE a.id = ?""")
			.param(id)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("agency " + id));
		List<TaskRows.TaskRow> named = tasks.all().stream().filter(t -> t.names(id)).toList();
		model.addAttribute("agency", agency);
		model.addAttribute("score", score(id, (String) agency.get("name"), (String) agency.get("locality"), named));
		model.addAttribute("led", named.stream().filter(t -> t.leadBy(id)).toList());
		model.addAttribute("coordinated", named.stream().filter(t -> !t.leadBy(id)).toList());
		model.addAttribute("aliases", jdbc.sql("SELECT alias FROM agency_alias WHERE agency_id = ? ORDER BY alias")
			.param(id)
			.query(String.class)
			.list());
		return "agencies/show";
	}

	private static LeagueLine score(long id, String name, String locality, List<TaskRows.TaskRow> all) {
		int led = 0;
		int onTime = 0;
		int late = 0;
		int overdue = 0;
		for (TaskRows.TaskRow task : all) {
			if (!task.leadBy(id)) {
				continue;
			}
			led++;
			StatusClass c = task.statusClass();
			if (c == StatusClass.HOAN_THANH_DUNG_HAN) {
				onTime++;
			}
			else if (c == StatusClass.HOAN_THANH_QUA_HAN) {
				late++;
			}
			else if (c == StatusClass.QUA_HAN) {
				overdue++;
			}
		}
		return new LeagueLine(id, name, locality, led, onTime, late, overdue);
	}
}
