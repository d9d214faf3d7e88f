package vn.plantrack.investment;

import java.time.LocalDate;

/** A project entered by hand (not from a document's table). */
public record NewProject(String localityCode, String code, String name, String fundingGroup, String sector,
		String investor, String leadAgency, String periodRaw, LocalDate periodStart, LocalDate periodEnd) {
}
