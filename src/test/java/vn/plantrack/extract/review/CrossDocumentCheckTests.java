package vn.plantrack.extract.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.plantrack.extract.CrossFinding;
import vn.plantrack.extract.DocumentInfo;
import vn.plantrack.extract.Extraction;
import vn.plantrack.extract.IndicatorItem;
import vn.plantrack.extract.TargetValue;

class CrossDocumentCheckTests {

	private static Extraction plan(String source, String locality, String symbol, String target, List<String> implementsSymbols) {
		DocumentInfo info = new DocumentInfo("Kế hoạch", symbol, null, null, locality, "2025-2030", null, implementsSymbols,
				List.of());
		IndicatorItem forest = new IndicatorItem("5", null, "Tỷ lệ che phủ rừng", "%", List.of(), List.of(),
				TargetValue.rawOnly(target), 40);
		return new Extraction(source, info, List.of(), List.of(), List.of(forest), List.of(), List.of(), List.of());
	}

	@Test
	void quotesBothTargetsWhenOneProvinceSetsTwo() {
		List<CrossFinding> found = CrossDocumentCheck.check(List.of(plan("a.txt", "Sơn La", "1-KH/TU", "47%", List.of()),
				plan("b.txt", "Sơn La", "2-KH/TU", "48,5%", List.of())));
		assertThat(found).singleElement().satisfies(f -> {
			assertThat(f.kind()).isEqualTo("target_conflict");
			assertThat(f.other()).isEqualTo(new CrossFinding.Location("b.txt", 40));
			assertThat(f.message()).contains("47%").contains("48,5%");
		});
	}

	@Test
	void neverComparesOrLinksDocumentsOfDifferentProvinces() {
		List<CrossFinding> found = CrossDocumentCheck.check(List.of(plan("a.txt", "Sơn La", "52-KH/ĐU", "47%", List.of()),
				plan("b.txt", "Lai Châu", null, "60%", List.of("52-KH/ĐU"))));
		assertThat(found).singleElement().satisfies(f -> {
			assertThat(f.kind()).isEqualTo("foreign_parent");
			assertThat(f.source()).isEqualTo("b.txt");
		});
		assertThat(CrossDocumentCheck.check(List.of(plan("a.txt", "Sơn La", null, "47%", List.of()),
				plan("b.txt", "Lai Châu", null, "60%", List.of())))).isEmpty();
	}
}
