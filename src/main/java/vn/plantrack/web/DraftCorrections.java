package vn.plantrack.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.springframework.validation.Errors;

import vn.plantrack.extract.Extraction;
import vn.plantrack.extract.IndicatorItem;
import vn.plantrack.extract.PeriodValue;
import vn.plantrack.extract.TargetValue;
import vn.plantrack.extract.TaskItem;
import vn.plantrack.extract.rules.PeriodParser;
import vn.plantrack.extract.rules.TargetParser;

/**
 * Moves a draft into the review form and a corrected form back onto the draft. Only what a person changed
 * is re-read: an unchanged period keeps the extractor's understanding, a changed one is parsed again.
 */
final class DraftCorrections {

	static final int MAX_AGENCY_TEXT = 1000;

	private DraftCorrections() {
	}

	static ReviewForm formOf(Extraction draft) {
		ReviewForm form = new ReviewForm();
		form.setTaskCount(draft.tasks().size());
		form.setIndicatorCount(draft.indicators().size());
		for (TaskItem task : draft.tasks()) {
			form.getTasks().add(new ReviewForm.ItemEdit(join(task.lead()), join(task.coordinating()),
					task.period() == null || task.period().raw() == null ? "" : task.period().raw(), ""));
		}
		for (IndicatorItem indicator : draft.indicators()) {
			form.getIndicators().add(new ReviewForm.ItemEdit(join(indicator.lead()), join(indicator.coordinating()), "",
					indicator.target() == null || indicator.target().raw() == null ? "" : indicator.target().raw()));
		}
		return form;
	}

	/**
	 * The draft with the form's corrections, or the errors (as field errors on {@code errors}) that keep it
	 * from being confirmed. A form made for another draft (the text was re-extracted meanwhile) is rejected
	 * as a whole.
	 */
	static Extraction apply(Extraction draft, ReviewForm form, Errors errors) {
		if (form.getTaskCount() != draft.tasks().size() || form.getIndicatorCount() != draft.indicators().size()
				|| form.getTasks().size() != draft.tasks().size()
				|| form.getIndicators().size() != draft.indicators().size()) {
			errors.reject("review.error.stale");
			return draft;
		}
		List<TaskItem> tasks = new ArrayList<>();
		for (int i = 0; i < draft.tasks().size(); i++) {
			TaskItem task = draft.tasks().get(i);
			ReviewForm.ItemEdit edit = form.getTasks().get(i);
			String path = "tasks[" + i + "]";
			checkAgencies(edit, path, errors);
			tasks.add(new TaskItem(task.code(), task.group(), task.title(), split(edit.getLead()),
					split(edit.getCoordinating()), period(task, edit.getPeriod(), path, errors), task.resources(),
					task.line()));
		}
		List<IndicatorItem> indicators = new ArrayList<>();
		for (int i = 0; i < draft.indicators().size(); i++) {
			IndicatorItem indicator = draft.indicators().get(i);
			ReviewForm.ItemEdit edit = form.getIndicators().get(i);
			String path = "indicators[" + i + "]";
			checkAgencies(edit, path, errors);
			indicators.add(new IndicatorItem(indicator.code(), indicator.group(), indicator.name(), indicator.unit(),
					split(edit.getLead()), split(edit.getCoordinating()), target(indicator, edit.getTarget(), path, errors),
					indicator.line()));
		}
		return new Extraction(draft.source(), draft.document(), draft.tables(), tasks, indicators, draft.projects(),
				draft.citations(), draft.findings());
	}

	private static void checkAgencies(ReviewForm.ItemEdit edit, String path, Errors errors) {
		if (length(edit.getLead()) > MAX_AGENCY_TEXT) {
			errors.rejectValue(path + ".lead", "review.error.tooLong", new Object[] { MAX_AGENCY_TEXT }, null);
		}
		if (length(edit.getCoordinating()) > MAX_AGENCY_TEXT) {
			errors.rejectValue(path + ".coordinating", "review.error.tooLong", new Object[] { MAX_AGENCY_TEXT }, null);
		}
	}

	// rule: a corrected period must say something the period rules understand (a year, a quarter, a date,
	// "hằng năm", "thường xuyên", a stated status); otherwise no deadline could be tracked from it
	private static PeriodValue period(TaskItem task, String text, String path, Errors errors) {
		String raw = clean(text);
		String before = task.period() == null ? null : task.period().raw();
		if (Objects.equals(raw, clean(before))) {
			return task.period();
		}
		if (raw == null) {
			return PeriodValue.rawOnly(null);
		}
		PeriodValue parsed = PeriodParser.parse(raw);
		boolean understood = parsed != null && (parsed.due() != null || parsed.end() != null || parsed.start() != null
				|| parsed.recurrence() != null || parsed.status() != null);
		if (!understood) {
			errors.rejectValue(path + ".period", "review.error.period", new Object[] { raw }, null);
			return PeriodValue.rawOnly(raw);
		}
		return parsed;
	}

	private static TargetValue target(IndicatorItem indicator, String text, String path, Errors errors) {
		String raw = clean(text);
		String before = indicator.target() == null ? null : indicator.target().raw();
		if (Objects.equals(raw, clean(before))) {
			return indicator.target();
		}
		if (raw == null) {
			errors.rejectValue(path + ".target", "review.error.targetEmpty");
			return indicator.target();
		}
		TargetValue parsed = TargetParser.parse(raw);
		return parsed == null ? TargetValue.rawOnly(raw) : parsed;
	}

	static String join(List<String> names) {
		return names == null ? "" : String.join("; ", names);
	}

	static List<String> split(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static String clean(String text) {
		return text == null || text.isBlank() ? null : text.strip().replaceAll("\\s+", " ");
	}

	private static int length(String text) {
		return text == null ? 0 : text.length();
	}
}
