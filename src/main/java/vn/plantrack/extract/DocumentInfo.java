package vn.plantrack.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * Metadata of a document; unknown values are null. {@code kind} is a Vietnamese kind name as written in
 * DESIGN.md ("Nghị quyết", "Chương trình hành động", "Kế hoạch", "Quyết định", "Báo cáo", ...);
 * {@code term} is like "2025-2030"; {@code locality} is the province name ("Sơn La", "Lai Châu").
 */
public record DocumentInfo(String kind, String symbol, LocalDate issued, String issuer, String locality, String term,
		String signer, List<String> implementsSymbols, List<String> replacesSymbols) {
}
