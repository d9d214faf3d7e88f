package vn.plantrack.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything a consolidated report on one plan and one cycle says, computed from the stored data. The
 * writers (DOCX, PDF, XLSX) only lay it out, so the three formats cannot disagree.
 *
 * @param asOf the day task deadlines are judged on: the cycle's cut-off, or today when that is earlier
 * @param years the years shown as value columns of the indicator table
 * @param tasks every task of the plan, in plan order
 * @param scorecards the indicator scorecard of each lead agency
 */
public record PlanReport(Header header, ReportCycle cycle, LocalDate asOf, List<GroupResult> groups,
		GroupResult total, List<Integer> years, List<IndicatorRow> indicators, String scorecard,
		Map<String, Integer> verdictCounts, List<LateItem> lateItems, List<AgencyNote> commended,
		List<AgencyNote> reminded, List<String> proposals, List<String> recipients, List<TaskLine> tasks,
		List<AgencyScore> scorecards) {

	/** One task with its status class on the report day, for the full task list of the XLSX export. */
	public record TaskLine(String code, String group, String title, String leads, String period, LocalDate due,
			String status, LocalDate completedOn, TaskStatusClass statusClass, int line) {
	}

	/** An agency's indicator scorecard ("x/y chỉ tiêu đạt") with its counts per verdict label. */
	public record AgencyScore(String agency, int achieved, int counted, Map<String, Integer> byVerdict) {
	}

	/**
	 * The administrative header of Nghị định 30/2020/NĐ-CP: issuing body on the left, national motto on the
	 * right, number left blank for the office, place and date, title and subject.
	 */
	public record Header(String superior, String issuer, String numberLine, String placeAndDate, String subject,
			String planTitle, String planSymbol, String term, String signerTitle) {
	}

	/** Task counts of one task group per status class. */
	public record GroupResult(String code, String title, Map<TaskStatusClass, Integer> counts, int tasks) {

		public int count(TaskStatusClass statusClass) {
			return counts.getOrDefault(statusClass, 0);
		}
	}

	/** One row of the indicator table. {@code values} maps a year to its value as written in Vietnamese. */
	public record IndicatorRow(String code, String name, String unit, String target, Map<Integer, String> values,
			String verdict, String reason, String leadAgency, int line) {
	}

	/** A task finished late or still open after its deadline, with the agencies that lead it. */
	public record LateItem(String code, String title, LocalDate due, LocalDate completedOn, String agencies,
			TaskStatusClass statusClass, long daysLate, int line) {
	}

	/** An agency to commend or remind, and the numbers behind it. */
	public record AgencyNote(String agency, String reason) {
	}
}
