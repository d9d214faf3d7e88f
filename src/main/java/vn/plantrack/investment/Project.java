package vn.plantrack.investment;

import java.time.LocalDate;

/** A registered project with where it came from ({@code documentId}, {@code sourceLine}) when extracted. */
public record Project(long id, Long documentId, Long localityId, String locality, String code, String groupCode,
		String name, FundingGroup fundingGroup, String sector, String investor, String leadAgency, String periodRaw,
		LocalDate periodStart, LocalDate periodEnd, Integer sourceLine) {
}
