package vn.plantrack.web;

import java.math.BigDecimal;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.plantrack.amendment.ItemHistory;
import vn.plantrack.evaluation.Pace;
import vn.plantrack.evaluation.Verdict;
import vn.plantrack.registry.IndicatorSettings;
import vn.plantrack.reporting.IndicatorEvaluations;
import vn.plantrack.reporting.IndicatorEvaluations.IndicatorVerdict;

/**
 * One indicator: its verdict with the reason, pace and forecast, a chart of the yearly values against the
 * target (drawn by a static script from {@code chart.json}, the CSP allows no inline script), and for a
 * MONITOR the override form.
 */
@Controller
class IndicatorController {

	private final IndicatorEvaluations evaluations;

	private final IndicatorSettings settings;

	private final AuditRows audit;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final ItemHistory amendments;

	IndicatorController(IndicatorEvaluations evaluations, IndicatorSettings settings, AuditRows audit, JdbcClient jdbc,
			MessageSource messages, ItemHistory amendments) {
		this.amendments = amendments;
		this.evaluations = evaluations;
		this.settings = settings;
		this.audit = audit;
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@GetMapping("/indicators/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("form", new OverrideForm());
		return render(id, model);
	}

	@PostMapping("/indicators/{id}/override")
	String override(@PathVariable long id, @ModelAttribute("form") OverrideForm form, BindingResult errors,
			Principal principal, Model model, RedirectAttributes redirect) {
		evaluations.forIndicator(id).orElseThrow(() -> new NotFoundException("indicator " + id));
		if (form.getVerdict() == null || !isVerdict(form.getVerdict())) {
			errors.rejectValue("verdict", "indicator.override.error.verdict");
		}
		if (form.getReason() == null || form.getReason().isBlank()) {
			errors.rejectValue("reason", "indicator.override.error.reason");
		}
		else if (form.getReason().length() > 2000) {
			errors.rejectValue("reason", "review.error.tooLong", new Object[] { 2000 }, null);
		}
		if (errors.hasErrors()) {
			return render(id, model);
		}
		settings.override(id, form.getVerdict(), form.getReason(), principal.getName());
		redirect.addFlashAttribute("message", "indicator.override.done");
		return "redirect:/indicators/" + id;
	}

	/** The chart's data: actual and estimated values by year, the target, and the two forecasts. */
	@GetMapping("/indicators/{id}/chart.json")
	@ResponseBody
	Map<String, Object> chart(@PathVariable long id, Locale locale) {
		IndicatorVerdict indicator = evaluations.forIndicator(id).orElseThrow(() -> new NotFoundException("indicator " + id));
		TreeMap<Integer, BigDecimal> actual = new TreeMap<>();
		TreeMap<Integer, BigDecimal> estimate = new TreeMap<>();
		jdbc.sql("SELECT period_year, kind, obs_value FROM observation WHERE indicator_id = ? AND period_kind = 'YEAR'")
			.param(id)
			.query(rs -> {
				("ESTIMATE".equals(rs.getString("kind")) ? estimate : actual).put(rs.getInt("period_year"),
						rs.getBigDecimal("obs_value").stripTrailingZeros());
			});
		Pace pace = indicator.evaluation().pace();
		TreeMap<Integer, Object> years = new TreeMap<>();
		actual.keySet().forEach(y -> years.put(y, null));
		estimate.keySet().forEach(y -> years.put(y, null));
		if (pace != null) {
			years.put(pace.baseYear(), null);
			years.put(pace.targetYear(), null);
			if (!actual.containsKey(pace.baseYear())) {
				actual.put(pace.baseYear(), BigDecimal.valueOf(pace.baseValue()));
			}
		}
		List<Integer> axis = new ArrayList<>(years.keySet());
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("years", axis.stream().map(String::valueOf).toList());
		data.put("actual", axis.stream().map(actual::get).toList());
		data.put("estimate", axis.stream().map(estimate::get).toList());
		data.put("target", pace == null ? null : pace.targetValue());
		data.put("forecast", pace == null || pace.linearForecast() == null ? null
				: List.of(String.valueOf(pace.targetYear()), round(pace.linearForecast())));
		data.put("unit", indicator.unit());
		Map<String, String> labels = new LinkedHashMap<>();
		for (String key : List.of("actual", "estimate", "target", "forecast")) {
			labels.put(key, messages.getMessage("indicator.chart." + key, null, locale));
		}
		data.put("labels", labels);
		return data;
	}

	private String render(long id, Model model) {
		IndicatorVerdict indicator = evaluations.forIndicator(id).orElseThrow(() -> new NotFoundException("indicator " + id));
		model.addAttribute("indicator", indicator);
		model.addAttribute("evaluation", indicator.evaluation());
		model.addAttribute("pace", indicator.evaluation().pace());
		model.addAttribute("verdictChoices", Verdict.values());
		model.addAttribute("history", audit.of("indicator", id));
		model.addAttribute("amendments", amendments.indicator(id));
		return "indicators/show";
	}

	private static boolean isVerdict(String text) {
		for (Verdict v : Verdict.values()) {
			if (v.name().equals(text)) {
				return true;
			}
		}
		return false;
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}
}
