package vn.plantrack.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.plantrack.search.SearchIndex;

/** Search across documents, tasks, indicators and agencies, with or without diacritics. */
@Controller
class SearchController {

	private final SearchIndex index;

	SearchController(SearchIndex index) {
		this.index = index;
	}

	@GetMapping("/search")
	String search(@RequestParam(name = "q", required = false) String q, Model model) {
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("hits", index.search(q));
		return "search";
	}
}
