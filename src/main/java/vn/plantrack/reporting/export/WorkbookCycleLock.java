package vn.plantrack.reporting.export;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.plantrack.reporting.ReportCycle;
import vn.plantrack.tracking.CycleExceptions;
import vn.plantrack.tracking.Frequency;

/**
 * The cycle lock applied to a data-entry workbook: its indicator values are what an agency would otherwise send in
 * its report, so from the due day on they are refused like a late report, unless the MONITOR granted the agency an
 * exception. Two cycles govern a value: the one the workbook was made for, and the yearly cycle of the value's
 * year, whose annual figure the workbook writes (so editing the hidden cycle code does not escape the lock).
 */
@Component
class WorkbookCycleLock {

	private final CycleExceptions locks;

	private final JdbcClient jdbc;

	WorkbookCycleLock(CycleExceptions locks, JdbcClient jdbc) {
		this.locks = locks;
		this.jdbc = jdbc;
	}

	/** The tracking period a workbook cycle code stands for, when it is one a MONITOR can open. */
	record Period(Frequency frequency, int year, int index) {
	}

	/**
	 * @param yearsByAgency the years each agency enters values for
	 * @throws vn.plantrack.tracking.TrackingException CONFLICT naming the first locked cycle; nothing is written
	 */
	void requireOpen(long documentId, String cycleCode, Map<String, Set<Integer>> yearsByAgency) {
		Optional<Period> named = period(cycleCode, term(documentId));
		yearsByAgency.forEach((agency, years) -> {
			named.ifPresent(p -> locks.requireOpen(documentId, p.frequency(), p.year(), p.index(), agency));
			for (int year : years) {
				locks.requireOpen(documentId, Frequency.YEARLY, year, 0, agency);
			}
		});
	}

	// rule: the first half year is a six-monthly cycle; the second half is reported by the yearly report
	// (NĐ 09/2019: báo cáo 6 tháng và báo cáo năm); a month is a monthly cycle; the mid-term review is no cycle
	static Optional<Period> period(String code, String term) {
		ReportCycle cycle;
		try {
			cycle = ReportCycle.parse(code, term);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		int year = cycle.end().getYear();
		switch (cycle.kind()) {
			case HALF:
				return Optional.of(cycle.end().getMonthValue() == 6 ? new Period(Frequency.SEMIANNUAL, year, 1)
						: new Period(Frequency.YEARLY, year, 0));
			case MONTH:
				return Optional.of(new Period(Frequency.MONTHLY, year, cycle.end().getMonthValue()));
			case YEAR:
				return Optional.of(new Period(Frequency.YEARLY, year, 0));
			default:
				return Optional.empty();
		}
	}

	private String term(long documentId) {
		return jdbc.sql("SELECT term FROM document WHERE id = ?").param(documentId).query(String.class).optional()
			.orElse(null);
	}
}
