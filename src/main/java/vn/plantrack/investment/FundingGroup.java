package vn.plantrack.investment;

import java.util.Locale;

/** Where a project's money comes from: the state budget (ngân sách nhà nước) or anything else. */
public enum FundingGroup {
	NSNN, OTHER;

	/** Reads the extractor's value ("NSNN", "other") or a user's ("ngoài ngân sách"); unknown is an error. */
	public static FundingGroup parse(String text) {
		if (text == null || text.isBlank()) {
			throw new InvestmentException("thiếu nguồn vốn (NSNN hoặc ngoài ngân sách)");
		}
		String value = text.strip().toUpperCase(Locale.ROOT);
		if (value.equals("NSNN") || value.equals("NGÂN SÁCH NHÀ NƯỚC")) {
			return NSNN;
		}
		if (value.equals("OTHER") || value.startsWith("NGOÀI") || value.startsWith("VỐN NGOÀI")) {
			return OTHER;
		}
		throw new InvestmentException("nguồn vốn không hợp lệ: \"" + text + "\" (NSNN hoặc OTHER)");
	}
}
