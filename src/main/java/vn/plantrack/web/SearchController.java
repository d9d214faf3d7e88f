package vn.plantrack.web;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.plantrack.search.SearchHit;
import vn.plantrack.search.SearchIndex;
import vn.plantrack.tracking.Actor;
import vn.plantrack.tracking.TaskProgress;
import vn.plantrack.tracking.TrackingException;

/**
 * Search across documents, tasks, indicators and agencies, with or without diacritics. A REPORTER finds only
 * the tasks its agency leads or coordinates (the others it could not open anyway).
 */
@Controller
class SearchController {

	private final SearchIndex index;

	private final ReportingStatus reporting;

	private final TaskProgress progress;

	SearchController(SearchIndex index, ReportingStatus reporting, TaskProgress progress) {
		this.index = index;
		this.reporting = reporting;
		this.progress = progress;
	}

	@GetMapping("/search")
	String search(@RequestParam(name = "q", required = false) String q, Authentication user, Model model) {
		Actor actor = reporting.actor(user);
		List<SearchHit> hits = index.search(q);
		if (actor.reporter()) {
			hits = hits.stream().filter(hit -> !"task".equals(hit.kind()) || readable(hit.id(), actor)).toList();
		}
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("hits", hits);
		model.addAttribute("ownAgencyOnly", actor.reporter());
		model.addAttribute("indexing", index.building());
		return "search";
	}

	private boolean readable(long taskId, Actor actor) {
		try {
			progress.view(taskId, actor);
			return true;
		}
		catch (TrackingException ex) {
			return false;
		}
	}
}
