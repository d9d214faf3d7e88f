package vn.plantrack.evaluation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "x/y chỉ tiêu đạt" for a plan or an agency. Indicators without data and qualitative ones not yet judged
 * by a person are left out of y and listed with the reason.
 *
 * @param counted indicators in y
 * @param achieved indicators ĐẠT or VƯỢT (x)
 */
public record Scorecard(String owner, int achieved, int counted, Map<Verdict, Integer> byVerdict,
		List<Excluded> excluded) {

	/** An indicator left out of the count, and why. */
	public record Excluded(String code, String name, String reason) {
	}

	public String headline() {
		return achieved + "/" + counted + " chỉ tiêu đạt";
	}

	/** The scorecard of a whole plan. */
	public static Scorecard of(String owner, List<Indicator> indicators, List<Evaluation> evaluations) {
		Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
		List<Excluded> excluded = new ArrayList<>();
		int achieved = 0;
		int counted = 0;
		for (int i = 0; i < evaluations.size(); i++) {
			Evaluation e = evaluations.get(i);
			Indicator indicator = indicators.get(i);
			counts.merge(e.verdict(), 1, Integer::sum);
			if (e.verdict() == Verdict.NO_DATA) {
				String why = indicator.target() instanceof Target.Qualitative && e.override() == null
						? "chỉ tiêu định tính, chưa có đánh giá của người phụ trách"
						: "chưa đủ dữ liệu: " + e.reason();
				excluded.add(new Excluded(e.code(), e.name(), why));
				continue;
			}
			counted++;
			if (e.verdict().achieved()) {
				achieved++;
			}
		}
		return new Scorecard(owner, achieved, counted, counts, List.copyOf(excluded));
	}

	/** One scorecard per lead agency (indicators without a lead agency under "chưa phân công"). */
	public static Map<String, Scorecard> byLeadAgency(List<Indicator> indicators, List<Evaluation> evaluations) {
		Map<String, List<Integer>> groups = new LinkedHashMap<>();
		for (int i = 0; i < indicators.size(); i++) {
			String agency = indicators.get(i).leadAgency();
			groups.computeIfAbsent(agency == null || agency.isBlank() ? "chưa phân công" : agency,
					k -> new ArrayList<>()).add(i);
		}
		Map<String, Scorecard> out = new LinkedHashMap<>();
		groups.forEach((agency, positions) -> {
			List<Indicator> own = new ArrayList<>();
			List<Evaluation> ownEvaluations = new ArrayList<>();
			for (int i : positions) {
				own.add(indicators.get(i));
				ownEvaluations.add(evaluations.get(i));
			}
			out.put(agency, of(agency, own, ownEvaluations));
		});
		return out;
	}
}
