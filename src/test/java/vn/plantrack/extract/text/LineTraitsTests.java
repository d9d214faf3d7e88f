package vn.plantrack.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.plantrack.extract.document.Seeds;
import vn.plantrack.shared.text.VietText;

class LineTraitsTests {

	@Test
	void aTableRowHoldsATabAndIsNotSqueezed() {
		LineTraits traits = LineTraits.of(List.of("1\tSở Tài chính\tNăm 2026"));
		assertThat(traits.mayHoldTab(0)).isTrue();
		assertThat(traits.isSqueezed(0)).isFalse(); // a TAB is whitespace other than ' '
		assertThat(traits.mayHoldMarkup(0)).isFalse();
		assertThat(traits.mayHoldLateYear(0)).isFalse(); // 2026 is not after 2100
	}

	@Test
	void aPlainSentenceIsSqueezedAndHoldsNothingElse() {
		LineTraits traits = LineTraits.of(List.of("Hoàn thành trong năm 2025.", ""));
		for (int i = 0; i < 2; i++) {
			assertThat(traits.isSqueezed(i)).isTrue();
			assertThat(traits.mayHoldTab(i)).isFalse();
			assertThat(traits.mayHoldMarkup(i)).isFalse();
			assertThat(traits.mayHoldHash(i)).isFalse();
			assertThat(traits.mayHoldLateYear(i)).isFalse();
		}
	}

	@Test
	void aSpaceFirstLastOrDoubledAndANoBreakSpaceMakeALineNotSqueezed() {
		LineTraits traits = LineTraits.of(List.of(" đầu dòng", "cuối dòng ", "hai  khoảng", "Sở\u00A0Y tế", "Sở Y tế"));
		assertThat(traits.isSqueezed(0)).isFalse();
		assertThat(traits.isSqueezed(1)).isFalse();
		assertThat(traits.isSqueezed(2)).isFalse();
		assertThat(traits.isSqueezed(3)).isFalse();
		assertThat(traits.isSqueezed(4)).isTrue();
	}

	@Test
	void aLineWithSpacesOnlyAtItsEndsIsSqueezedByTrimmingThem() {
		List<String> lines = List.of("Sở Y tế  ", "  ", " a b ", "a  b ", "a\u00A0 ", "", "Sở Y tế");
		LineTraits traits = LineTraits.of(lines);
		boolean[] edgesOnly = { true, true, true, false, false, false, false };
		String[] squeezed = { "Sở Y tế", "", "a b", "a b", "a", "", "Sở Y tế" };
		for (int i = 0; i < lines.size(); i++) {
			assertThat(traits.onlyEdgeSpaces(i)).as(lines.get(i)).isEqualTo(edgesOnly[i]);
			assertThat(traits.squeeze(i, lines.get(i))).isEqualTo(squeezed[i]);
			assertThat(LineTraits.unknown().squeeze(i, lines.get(i))).isEqualTo(squeezed[i]);
		}
	}

	@Test
	void aCapitalAfterASpaceIsSeenWhereSqueezingCannotMakeOne() {
		List<String> lines = List.of("Sở Y tế", "các sở, ban, ngành", "tỉnh Lào Cai ", "tỉnh lào cai", "sở\tY tế", "");
		LineTraits traits = LineTraits.of(lines);
		// the TAB of line 5 becomes a space before "Y" once squeezed: not known, so yes
		boolean[] expected = { true, false, true, false, true, false };
		for (int i = 0; i < lines.size(); i++) {
			assertThat(traits.squeezedMayHoldCapitalAfterSpace(i)).as(lines.get(i)).isEqualTo(expected[i]);
		}
		assertThat(LineTraits.unknown().squeezedMayHoldCapitalAfterSpace(1)).isTrue();
	}

	@Test
	void markupCharactersAreSeenAndAHashApart() {
		LineTraits traits = LineTraits.of(List.of("**Đậm**", "<b>x</b>", "## Tiêu đề"));
		assertThat(traits.mayHoldMarkup(0)).isTrue();
		assertThat(traits.mayHoldHash(0)).isFalse();
		assertThat(traits.mayHoldMarkup(1)).isTrue();
		assertThat(traits.mayHoldMarkup(2)).isTrue();
		assertThat(traits.mayHoldHash(2)).isTrue();
	}

	@Test
	void aLateYearIsARunOfExactlyFourDigitsAbove2100() {
		List<String> lines = List.of("ngày 25/3/2206", "năm 2100", "mã số 21010", "2101", "giai đoạn 2026-2030", "số 12345 và 3000");
		LineTraits traits = LineTraits.of(lines);
		boolean[] expected = { true, false, false, true, false, true };
		for (int i = 0; i < lines.size(); i++) {
			assertThat(traits.mayHoldLateYear(i)).as(lines.get(i)).isEqualTo(expected[i]);
			assertThat(LineTraits.holdsLateYear(lines.get(i))).as(lines.get(i)).isEqualTo(expected[i]);
		}
	}

	@Test
	void unknownTraitsAnswerYesToEveryMayAndKnowNoLineSqueezed() {
		LineTraits unknown = LineTraits.unknown();
		assertThat(unknown.mayHoldTab(7)).isTrue();
		assertThat(unknown.mayHoldMarkup(7)).isTrue();
		assertThat(unknown.mayHoldHash(7)).isTrue();
		assertThat(unknown.mayHoldLateYear(7)).isTrue();
		assertThat(unknown.isSqueezed(7)).isFalse();
	}

	@Test
	void knowingTheTextItFindsTheLinesThatMayHoldAPhraseFromItsRarestLetter() {
		String text = "Phụ lục\nBAN HÀNH KÈM THEO Quyết định\n\nkèm\ttheo\nnhiệm kỳ 2025-2030\r\nthay thế";
		List<String> lines = List.of(text.split("\n", -1));
		LineTraits traits = LineTraits.of(text, lines);
		var annexed = traits.mayHold(new Needle("kèm theo"));
		// 'è' (and 'È') is the anchor: lines 1 and 3 hold it, though line 3 does not hold the phrase
		assertThat(List.of(0, 1, 2, 3, 4, 5).stream().filter(annexed::test)).containsExactly(1, 3);
		var term = traits.mayHold(new Needle("nhiệm kỳ"));
		assertThat(List.of(0, 1, 2, 3, 4, 5).stream().filter(term::test)).containsExactly(4);
		assertThat(LineTraits.of(lines).mayHold(new Needle("kèm theo")).test(0)).isTrue(); // text not known
	}

	@Test
	void refusesLinesThatAreNotThoseOfTheText() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> LineTraits.of("a\nb", List.of("a", "bc")))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void onEveryLineOfTheSeedsTheTraitsAgreeWithTheTestsTheyReplace() {
		List<String> lines = new ArrayList<>();
		for (String seed : List.of(Seeds.S000, Seeds.S001, Seeds.S002, Seeds.S003, Seeds.S004)) {
			for (String line : Seeds.lines(seed)) {
				lines.add(line);
				lines.add(" " + line + "  x\u2003");
				lines.add("  " + line + " ");
				lines.add(line.replace("20", "29"));
			}
		}
		LineTraits traits = LineTraits.of(lines);
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			assertThat(traits.isSqueezed(i)).as(line).isEqualTo(VietText.squeeze(line).equals(line));
			assertThat(traits.mayHoldTab(i)).as(line).isEqualTo(line.indexOf('\t') >= 0);
			assertThat(traits.mayHoldHash(i)).as(line).isEqualTo(line.indexOf('#') >= 0);
			assertThat(traits.mayHoldMarkup(i)).as(line)
				.isEqualTo(line.indexOf('<') >= 0 || line.indexOf('*') >= 0 || line.indexOf('#') >= 0);
			assertThat(traits.mayHoldLateYear(i)).as(line).isEqualTo(LineTraits.holdsLateYear(line));
			assertThat(traits.squeeze(i, line)).as(line).isEqualTo(VietText.squeeze(line));
			if (!traits.squeezedMayHoldCapitalAfterSpace(i)) {
				assertThat(VietText.squeeze(line)).as(line).doesNotContainPattern(" [\\p{Lu}\\x{0300}-\\x{036F}]");
			}
		}
	}
}
