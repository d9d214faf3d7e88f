package vn.plantrack.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.plantrack.evaluation.ReportEvaluation.PaceItem;
import vn.plantrack.evaluation.ReportEvaluation.RowResult;
import vn.plantrack.extract.TargetValue;
import vn.plantrack.extract.rules.TargetParser;
import vn.plantrack.shared.text.VietText;

/**
 * Finds the next term's targets in a report's text ("(2) GRDP bình quân đến năm 2025 đạt 60 triệu
 * đồng/người/năm") and, where the results table gives the same indicator's value for the last year of the
 * term just ended, the pace required to go from that value to the target.
 */
final class NextTermPace {

	// rule: the main targets of the next term are numbered "(1)", "(2)" ... and name a year after the term
	private static final Pattern NUMBERED = Pattern.compile("^\\s*\\(\\d+\\)\\s+(.*)$");

	private static final Pattern YEAR_PHRASE = Pattern
		.compile("(?iu)(đến hết năm|đến năm|vào năm|năm)\\s+\\d{4}|phấn đấu|\\b\\d+\\s+năm\\b");

	private static final Pattern FIGURE = Pattern.compile("(?<![\\p{L}/])\\d");

	private static final Pattern TRAILING_WORD = Pattern.compile(
			"(?iu)(\\s|^)(đạt|chiếm|giảm xuống còn|giảm còn|còn|tăng lên|là|có|khoảng|trên|dưới|từ|ít nhất|ổn định)$");

	private static final Set<String> STOP = Set.of("ty", "ti", "le", "den", "nam", "dat", "o", "duoc", "trong",
			"tong", "so", "nguoi", "dan", "co", "cua", "tinh", "tren", "dia", "ban", "va", "cac", "hoac");

	private static final double MIN_SIMILARITY = 0.6;

	private NextTermPace() {
	}

	static List<PaceItem> find(String text, ResultsTable table, List<RowResult> results) {
		List<RowResult> rows = new ArrayList<>();
		for (RowResult r : results) {
			rows.add(r);
			rows.addAll(r.components());
		}
		List<PaceItem> out = new ArrayList<>();
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			Matcher numbered = NUMBERED.matcher(lines[i]);
			if (!numbered.matches()) {
				continue;
			}
			TargetValue target = TargetParser.parse(numbered.group(1));
			if (target.year() == null || target.year() <= table.lastYear()) {
				continue;
			}
			List<TargetValue> parts = "composite".equals(target.kind()) ? target.components() : List.of(target);
			for (TargetValue part : parts) {
				PaceItem item = paceOf(part, target.year(), i + 1, table, rows);
				if (item != null) {
					out.add(item);
				}
			}
		}
		return List.copyOf(out);
	}

	private static PaceItem paceOf(TargetValue part, int targetYear, int line, ResultsTable table,
			List<RowResult> rows) {
		boolean levelLike = "level".equals(part.kind()) || "comparator".equals(part.kind())
				|| "share".equals(part.kind());
		if (!levelLike || part.value() == null) {
			return null;
		}
		String name = nameOf(part.raw(), part.unit());
		Set<String> wanted = tokens(name);
		if (wanted.isEmpty()) {
			return null;
		}
		RowResult best = null;
		double bestScore = 0;
		for (RowResult row : rows) {
			double score = similarity(wanted, tokens(row.name()));
			if (score > bestScore) {
				bestScore = score;
				best = row;
			}
		}
		if (best == null || bestScore < MIN_SIMILARITY) {
			return null;
		}
		BigDecimal base = best.values().get(String.valueOf(table.lastYear()));
		if (base == null) {
			return null;
		}
		boolean percent = best.unit() != null && best.unit().strip().startsWith("%");
		Pace.Method method = percent ? Pace.Method.POINTS : Pace.Method.COMPOUND;
		double rate = Pace.rate(method, base.doubleValue(), part.value().doubleValue(), targetYear - table.lastYear());
		if (Double.isNaN(rate)) {
			return null;
		}
		return new PaceItem(VietText.squeeze(name), line, best.line(), table.lastYear(), base, targetYear,
				part.value(), Math.round(rate * 100) / 100.0, method);
	}

	/** The indicator's name in a target clause: the words before its first figure, else the unit. */
	static String nameOf(String raw, String unit) {
		String text = VietText.squeeze(VietText.nfc(raw)).replaceFirst("^\\(\\d+\\)\\s*", "");
		text = YEAR_PHRASE.matcher(text).replaceAll(" ");
		text = VietText.squeeze(text.replaceAll("^[\\s,:;]+", ""));
		Matcher figure = FIGURE.matcher(text);
		String name = figure.find() ? text.substring(0, figure.start()) : text;
		if (name.contains(":")) {
			name = name.substring(name.lastIndexOf(':') + 1);
		}
		String previous;
		do {
			previous = name;
			name = TRAILING_WORD.matcher(name.strip()).replaceAll("").strip();
		}
		while (!name.equals(previous));
		name = name.replaceAll("^[\\s,:;]+", "").replaceAll("[\\s,:;]+$", "");
		if (tokens(name).isEmpty() && unit != null) {
			return unit.replaceAll("/.*$", "");
		}
		return name;
	}

	private static double similarity(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		Set<String> common = new HashSet<>(a);
		common.retainAll(b);
		Set<String> union = new HashSet<>(a);
		union.addAll(b);
		return (double) common.size() / union.size();
	}

	// i and y are interchangeable in Vietnamese spelling (sĩ/sỹ, tỉ/tỷ)
	private static Set<String> tokens(String text) {
		Set<String> out = new HashSet<>();
		for (String word : VietText.fold(text == null ? "" : text).split("[^\\p{L}]+")) {
			String token = word.toLowerCase(Locale.ROOT).replace('y', 'i');
			if (!token.isEmpty() && !STOP.contains(token) && !STOP.contains(word)) {
				out.add(token);
			}
		}
		return out;
	}
}
