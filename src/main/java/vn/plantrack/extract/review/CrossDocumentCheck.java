package vn.plantrack.extract.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import vn.plantrack.extract.CrossFinding;
import vn.plantrack.extract.Extraction;
import vn.plantrack.extract.IndicatorItem;
import vn.plantrack.shared.text.VietText;

/**
 * Findings across documents. Documents of different localities are never compared or linked: a plan of Lai
 * Châu is not in conflict with, nor a child of, a plan of Sơn La, even when indicators or symbols look alike.
 */
public final class CrossDocumentCheck {

	private CrossDocumentCheck() {
	}

	public static List<CrossFinding> check(List<Extraction> documents) {
		List<CrossFinding> findings = new ArrayList<>();
		for (int a = 0; a < documents.size(); a++) {
			for (int b = a + 1; b < documents.size(); b++) {
				Extraction first = documents.get(a);
				Extraction second = documents.get(b);
				if (sameLocality(first, second)) {
					targetConflicts(first, second, findings);
					duplicateSymbol(first, second, findings);
				}
				else {
					foreignParent(first, second, findings);
					foreignParent(second, first, findings);
				}
			}
		}
		return findings;
	}

	// rule: only documents whose locality is known and equal belong to the same register
	private static boolean sameLocality(Extraction a, Extraction b) {
		String la = a.document() == null ? null : a.document().locality();
		String lb = b.document() == null ? null : b.document().locality();
		return la != null && la.equals(lb);
	}

	// rule: one indicator (same name) with two different targets in one province is a conflict to settle
	private static void targetConflicts(Extraction a, Extraction b, List<CrossFinding> findings) {
		Map<String, IndicatorItem> byName = new LinkedHashMap<>();
		for (IndicatorItem indicator : a.indicators()) {
			if (indicator.name() != null && indicator.target() != null && indicator.target().raw() != null) {
				byName.putIfAbsent(key(indicator.name()), indicator);
			}
		}
		for (IndicatorItem other : b.indicators()) {
			if (other.name() == null || other.target() == null || other.target().raw() == null) {
				continue;
			}
			IndicatorItem mine = byName.get(key(other.name()));
			if (mine != null && !key(mine.target().raw()).equals(key(other.target().raw()))) {
				findings.add(new CrossFinding("target_conflict", a.source(), mine.line(),
						new CrossFinding.Location(b.source(), other.line()),
						"Chỉ tiêu \"" + mine.name() + "\" có mục tiêu \"" + mine.target().raw() + "\" trong " + a.source()
								+ " nhưng \"" + other.target().raw() + "\" trong " + b.source()));
			}
		}
	}

	private static void duplicateSymbol(Extraction a, Extraction b, List<CrossFinding> findings) {
		String symbol = a.document() == null ? null : a.document().symbol();
		if (symbol != null && Objects.equals(symbol, b.document().symbol())) {
			findings.add(new CrossFinding("duplicate_symbol", a.source(), 1, new CrossFinding.Location(b.source(), 1),
					"Hai văn bản cùng số hiệu " + symbol + ": " + a.source() + " và " + b.source()));
		}
	}

	// rule: a plan that implements a symbol carried by a document of another province is not linked to it
	private static void foreignParent(Extraction child, Extraction parent, List<CrossFinding> findings) {
		String symbol = parent.document() == null ? null : parent.document().symbol();
		if (symbol == null || child.document() == null || !child.document().implementsSymbols().contains(symbol)) {
			return;
		}
		findings.add(new CrossFinding("foreign_parent", child.source(), 1, new CrossFinding.Location(parent.source(), 1),
				"Văn bản " + child.source() + " (" + child.document().locality() + ") thực hiện văn bản số " + symbol
						+ " nhưng " + parent.source() + " thuộc " + parent.document().locality() + ": không liên kết"));
	}

	private static String key(String text) {
		return VietText.fold(VietText.squeeze(text)).replaceAll("[\\s.,;:]+$", "");
	}
}
