package vn.plantrack.investment;

import java.util.function.Function;

/** What disbursement is rolled up by. */
public enum Dimension {
	INVESTOR(standing -> standing.project().investor()),
	AGENCY(standing -> standing.project().leadAgency()),
	SECTOR(standing -> standing.project().sector()),
	FUNDING(standing -> standing.project().fundingGroup().name()),
	LOCALITY(standing -> standing.project().locality());

	private final Function<ProjectStanding, String> key;

	Dimension(Function<ProjectStanding, String> key) {
		this.key = key;
	}

	String keyOf(ProjectStanding standing) {
		return key.apply(standing);
	}

	public static Dimension parse(String text) {
		for (Dimension dimension : values()) {
			if (dimension.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
				return dimension;
			}
		}
		throw new InvestmentException("không tổng hợp được theo \"" + text
				+ "\" (investor, agency, sector, funding, locality)");
	}
}
