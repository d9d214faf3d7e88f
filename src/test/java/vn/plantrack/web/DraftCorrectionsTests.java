package vn.plantrack.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

import vn.plantrack.extract.Extraction;
import vn.plantrack.extract.Extractor;
import vn.plantrack.extract.TaskItem;

/**
 * What a MONITOR's corrections do to the draft of seed 000 (14-CTr/TU): only changed fields are read again,
 * unreadable periods are refused at their field, a form for another draft is refused as a whole. Also the
 * agency league order.
 */
class DraftCorrectionsTests {

	static final Path SEED_000 = Path.of("src/main/resources/samples/000_c86e37a0cf2b9f3d.txt");

	@Test
	void anUnchangedFormGivesTheDraftBack() throws IOException {
		Extraction draft = draft();
		ReviewForm form = DraftCorrections.formOf(draft);
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		Extraction same = DraftCorrections.apply(draft, form, errors);
		assertThat(errors.hasErrors()).isFalse();
		assertThat(same.tasks()).isEqualTo(draft.tasks());
		assertThat(same.indicators()).isEqualTo(draft.indicators());
	}

	@Test
	void aCorrectedPeriodIsReadAgainAndAgenciesAreSplitAtSemicolons() throws IOException {
		Extraction draft = draft();
		int task = indexOfLine(draft.tasks(), 415);
		ReviewForm form = DraftCorrections.formOf(draft);
		form.getTasks().get(task).setPeriod("Quý II/2027");
		form.getTasks().get(task).setLead(" Sở Xây dựng ;  ; Sở Tài chính ");
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		TaskItem corrected = DraftCorrections.apply(draft, form, errors).tasks().get(task);
		assertThat(errors.hasErrors()).isFalse();
		// the second quarter ends on 30 June
		assertThat(corrected.period().due()).isEqualTo(LocalDate.of(2027, 6, 30));
		assertThat(corrected.lead()).containsExactly("Sở Xây dựng", "Sở Tài chính");
		// line 415 stays the source of the task
		assertThat(corrected.line()).isEqualTo(415);
	}

	@Test
	void anUnreadablePeriodIsRefusedAtItsField() throws IOException {
		Extraction draft = draft();
		ReviewForm form = DraftCorrections.formOf(draft);
		form.getTasks().get(2).setPeriod("sớm nhất có thể");
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		DraftCorrections.apply(draft, form, errors);
		assertThat(errors.getFieldErrorCount()).isEqualTo(1);
		assertThat(errors.getFieldError("tasks[2].period").getCode()).isEqualTo("review.error.period");
	}

	@Test
	void anEmptiedTargetIsRefused() throws IOException {
		Extraction draft = draft();
		ReviewForm form = DraftCorrections.formOf(draft);
		form.getIndicators().get(4).setTarget("  ");
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		DraftCorrections.apply(draft, form, errors);
		assertThat(errors.getFieldError("indicators[4].target").getCode()).isEqualTo("review.error.targetEmpty");
	}

	@Test
	void aFormMadeForAnotherDraftIsRefusedAsAWhole() throws IOException {
		Extraction draft = draft();
		ReviewForm form = DraftCorrections.formOf(draft);
		form.getTasks().remove(0);
		form.setTaskCount(form.getTasks().size());
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		DraftCorrections.apply(draft, form, errors);
		assertThat(errors.getGlobalError().getCode()).isEqualTo("review.error.stale");
	}

	@Test
	void ranksOnlyAgenciesWithJudgedTasksBestRateFirst() {
		var unjudged = new AgencyController.LeagueLine(1, "A", "Sơn La", 5, 0, 0, 0);
		var half = new AgencyController.LeagueLine(2, "B", "Sơn La", 4, 1, 0, 1);
		var all = new AgencyController.LeagueLine(3, "C", "Sơn La", 2, 2, 0, 0);
		var none = new AgencyController.LeagueLine(4, "D", "Sơn La", 3, 0, 1, 2);
		assertThat(AgencyController.ranked(List.of(unjudged, half, all, none))).extracting(l -> l.name())
			.containsExactly("C", "B", "D", "A");
		assertThat(half.onTimeRate()).isEqualTo(50);
		assertThat(unjudged.onTimeRate()).isNull();
	}

	private static Extraction draft() throws IOException {
		return new Extractor().extract(SEED_000.getFileName().toString(), Files.readString(SEED_000, StandardCharsets.UTF_8));
	}

	private static int indexOfLine(List<TaskItem> tasks, int line) {
		for (int i = 0; i < tasks.size(); i++) {
			if (tasks.get(i).line() == line) {
				return i;
			}
		}
		throw new AssertionError("no task on line " + line);
	}
}
