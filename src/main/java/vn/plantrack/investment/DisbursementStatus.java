package vn.plantrack.investment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

/** Rates, roll-ups, rankings and forecasts computed from stored plans and the latest disbursement figures. */
@Service
public class DisbursementStatus {

	private final Projects projects;

	private final CapitalPlans plans;

	private final Disbursements disbursements;

	DisbursementStatus(Projects projects, CapitalPlans plans, Disbursements disbursements) {
		this.projects = projects;
		this.plans = plans;
		this.disbursements = disbursements;
	}

	/** Standings at the end of {@code month}/{@code year}. */
	public List<ProjectStanding> throughMonth(int year, int month, String localityCode) {
		if (month < 1 || month > 12) {
			throw new InvestmentException("tháng không hợp lệ: " + month);
		}
		return asOf(year, YearMonth.of(year, month).atEndOfMonth(), localityCode);
	}

	/** Every project with a plan for {@code year} in force on {@code date}, measured on that date. */
	public List<ProjectStanding> asOf(int year, LocalDate date, String localityCode) {
		CapitalPlans.requireYear(year);
		Map<Long, CapitalPlan> yearPlans = plans.ofYear(year);
		Map<Long, TreeMap<Integer, BigDecimal>> figures = disbursements.latestOfYear(year);
		int months = DisbursementMath.monthsEndedBy(year, date);
		List<ProjectStanding> standings = new ArrayList<>();
		for (Project project : projects.list(localityCode)) {
			CapitalPlan plan = yearPlans.get(project.id());
			BigDecimal planAmount = plan == null ? null : plan.amountOn(date);
			if (planAmount == null) {
				continue;
			}
			TreeMap<Integer, BigDecimal> monthly = figures.getOrDefault(project.id(), new TreeMap<>());
			standings.add(standing(project, year, date, months, planAmount, monthly));
		}
		return standings;
	}

	static ProjectStanding standing(Project project, int year, LocalDate date, int months, BigDecimal plan,
			TreeMap<Integer, BigDecimal> monthly) {
		BigDecimal cumulative = Money.normal(BigDecimal.ZERO);
		for (Map.Entry<Integer, BigDecimal> month : monthly.headMap(months, true).entrySet()) {
			cumulative = cumulative.add(month.getValue());
		}
		BigDecimal lastMonth = months == 0 ? null : monthly.get(months);
		BigDecimal forecast = DisbursementMath.linearYearEnd(cumulative, months);
		return new ProjectStanding(project, year, date, months, Money.normal(plan), lastMonth, cumulative,
				DisbursementMath.rate(cumulative, plan), forecast,
				forecast == null ? null : DisbursementMath.rate(forecast, plan));
	}

	/** Sums by {@code dimension}; a project without the key (no investor yet) is under the key null. */
	public List<Rollup> rollup(List<ProjectStanding> standings, Dimension dimension) {
		Map<String, List<ProjectStanding>> groups = new LinkedHashMap<>();
		for (ProjectStanding standing : standings) {
			groups.computeIfAbsent(dimension.keyOf(standing), k -> new ArrayList<>()).add(standing);
		}
		List<Rollup> rollups = new ArrayList<>();
		groups.forEach((key, members) -> rollups.add(sum(key, members)));
		rollups.sort(Comparator.comparing(Rollup::key, Comparator.nullsLast(Comparator.naturalOrder())));
		return rollups;
	}

	static Rollup sum(String key, List<ProjectStanding> members) {
		BigDecimal plan = Money.normal(BigDecimal.ZERO);
		BigDecimal disbursed = Money.normal(BigDecimal.ZERO);
		BigDecimal forecast = members.stream().anyMatch(m -> m.forecastYearEnd() == null) ? null : Money.normal(BigDecimal.ZERO);
		for (ProjectStanding member : members) {
			plan = plan.add(member.plan());
			disbursed = disbursed.add(member.cumulative());
			if (forecast != null) {
				forecast = forecast.add(member.forecastYearEnd());
			}
		}
		return new Rollup(key, members.size(), plan, disbursed, DisbursementMath.rate(disbursed, plan), forecast,
				forecast == null ? null : DisbursementMath.rate(forecast, plan));
	}

	/** Best rate first; equal rates share a place; no rate (nothing planned) last. Only keyed groups rank. */
	public List<Ranked> ranking(List<ProjectStanding> standings, Dimension dimension) {
		List<Rollup> rollups = new ArrayList<>(rollup(standings, dimension).stream().filter(r -> r.key() != null).toList());
		rollups.sort(Comparator.comparing(Rollup::rate, Comparator.nullsLast(Comparator.reverseOrder()))
			.thenComparing(Rollup::key));
		List<Ranked> ranked = new ArrayList<>();
		for (int i = 0; i < rollups.size(); i++) {
			Rollup rollup = rollups.get(i);
			boolean tied = i > 0 && Objects.equals(rollup.rate(), rollups.get(i - 1).rate());
			ranked.add(new Ranked(tied ? ranked.get(i - 1).rank() : i + 1, rollup));
		}
		return ranked;
	}
}
