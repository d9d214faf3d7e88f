package vn.plantrack.extract.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.plantrack.extract.CitationItem;
import vn.plantrack.extract.DocumentInfo;
import vn.plantrack.extract.Extraction;
import vn.plantrack.extract.Extractor;
import vn.plantrack.extract.Finding;
import vn.plantrack.extract.IndicatorItem;
import vn.plantrack.extract.TargetValue;
import vn.plantrack.extract.TaskItem;
import vn.plantrack.extract.document.Seeds;

class FindingRulesTests {

	private static List<Finding> findings(String seed) {
		return new Extractor().extract(seed, Seeds.text(seed)).findings();
	}

	private static List<Finding> ofKind(List<Finding> findings, String kind) {
		return findings.stream().filter(f -> f.kind().equals(kind)).toList();
	}

	@Test
	void reportsTheDecisionCallingItself133Once() {
		List<Finding> mismatches = ofKind(findings(Seeds.S002), "self_citation_mismatch");
		// line 50: "(Ban hành kèm theo Quyết định số 133/QĐ-UBND" while line 3 says "Số: 139/QĐ-UBND"
		assertThat(mismatches).singleElement().satisfies(f -> {
			assertThat(f.line()).isEqualTo(50);
			assertThat(f.severity()).isEqualTo("error");
			assertThat(f.message()).contains("133/QĐ-UBND").contains("139/QĐ-UBND");
		});
	}

	@Test
	void reportsTheYear2206TheTruncatedPeriodsAndPeriodsBeyondTheTermOfTheLaiChauPlan() {
		List<Finding> all = findings(Seeds.S004);
		assertThat(ofKind(all, "impossible_year")).singleElement().satisfies(f -> {
			assertThat(f.line()).isEqualTo(9); // "ngày 25/3/2206"
			assertThat(f.message()).contains("2206");
		});
		// "Năm 2026-203" in the last column of lines 748, 750, 755-759 (Phụ lục 4), reported once per cell
		assertThat(ofKind(all, "truncated_cell")).extracting(Finding::line)
				.containsExactly(748, 750, 755, 756, 757, 758, 759);
		assertThat(ofKind(all, "truncated_text")).isEmpty();
		// "Năm 2026 - 2031" on lines 600 and 610 in a 2025-2030 plan
		assertThat(ofKind(all, "period_outside_term")).filteredOn(f -> f.text().contains("2031"))
				.extracting(Finding::line).containsExactly(600, 610);
		assertThat(ofKind(all, "period_outside_term")).allSatisfy(f -> assertThat(f.message()).contains("2025-2030"));
	}

	@Test
	void reportsThe2026To2031RowOfTheActionProgramme() {
		// line 422: task 2.8 with period "2026-2031" in a 2025-2030 programme
		assertThat(ofKind(findings(Seeds.S000), "period_outside_term")).anySatisfy(f -> {
			assertThat(f.line()).isEqualTo(422);
			assertThat(f.message()).contains("2026-2031").contains("2025-2030");
		});
	}

	@Test
	void reportsAmbiguousThousandsInTheProvinceComparison() {
		// line 536: "23,000" people given jobs — 23 or 23 000?
		assertThat(ofKind(findings(Seeds.S003), "ambiguous_number")).anySatisfy(f -> {
			assertThat(f.line()).isEqualTo(536);
			// one finding for the row lists every ambiguous cell, in order: 23,000 then 16,000 ...
			assertThat(f.text()).startsWith("23,000; 16,000; 8,700");
		});
	}

	@Test
	void reportsDuplicateCodesConflictingSymbolsImplausibleTargetsAndUnknownAgencies() {
		DocumentInfo info = new DocumentInfo("Kế hoạch", null, null, null, "Sơn La", "2026-2030", null, List.of(), List.of());
		TaskItem one = new TaskItem("1.1", "1", "A", List.of("Sở Tài chính"), List.of("Sở KH&ĐT"), null, null, 10);
		TaskItem again = new TaskItem("1.1", "1", "B", List.of("Sở Du hành vũ trụ"), List.of(), null, null, 12);
		IndicatorItem growth = new IndicatorItem("3", "I", "Tốc độ tăng trưởng GRDP", "%", List.of(), List.of(),
				new TargetValue("111%", "level", "=", new java.math.BigDecimal("111"), null, null, "%", 2030, List.of()), 20);
		CitationItem first = new CitationItem("12-NQ/TU", "Nghị quyết", LocalDate.of(2025, 1, 2), null, 3);
		CitationItem second = new CitationItem("12-NQ/TU", "Nghị quyết", LocalDate.of(2025, 3, 4), null, 30);
		Extraction draft = new Extraction("x.txt", info, List.of(), List.of(one, again), List.of(growth), List.of(),
				List.of(first, second), List.of());

		List<Finding> found = FindingRules.review(draft, List.of());

		assertThat(ofKind(found, "duplicate_code")).singleElement().satisfies(f -> assertThat(f.line()).isEqualTo(12));
		assertThat(ofKind(found, "symbol_conflict")).singleElement().satisfies(f -> {
			assertThat(f.line()).isEqualTo(30);
			assertThat(f.message()).contains("2/1/2025").contains("4/3/2025");
		});
		assertThat(ofKind(found, "implausible_value")).singleElement().satisfies(f -> assertThat(f.message()).contains("111"));
		// "Sở KH&ĐT" resolves to Sở Kế hoạch và Đầu tư; the invented department does not
		assertThat(ofKind(found, "unresolved_agency")).singleElement().satisfies(f -> {
			assertThat(f.text()).isEqualTo("Sở Du hành vũ trụ");
			assertThat(f.severity()).isEqualTo("info");
		});
	}

	@Test
	void findsNothingWrongInACleanText() {
		assertThat(findings(Seeds.S001)).isEmpty();
	}
}
