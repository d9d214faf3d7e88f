package vn.plantrack.extract;

import java.util.List;

/** A project (dự án, đề án, công trình) with funding group (NSNN or other), sector and period. */
public record ProjectItem(String code, String group, String name, String fundingGroup, String sector,
		List<String> lead, List<String> coordinating, PeriodValue period, int line) {
}
