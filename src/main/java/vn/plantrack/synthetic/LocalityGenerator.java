package vn.plantrack.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;

import vn.plantrack.synthetic.Vocabulary.IndicatorKind;

/**
 * One province: its agencies and communes, its plans (each with the text every source line refers to), task
 * groups, tasks with lead and coordinating agencies, indicators with every target kind, and observations.
 * Everything is drawn from a random stream seeded by (seed, locality index), so the same seed gives the same
 * rows whatever else is in the database.
 */
final class LocalityGenerator {

	static final String AUTHOR = "generator";

	/** The data stand as of the end of October 2026: monthly series end there, yearly ones in 2026 (estimate). */
	static final YearMonth LAST_MONTH = YearMonth.of(2026, 10);

	static final LocalDate REFERENCE_DAY = LAST_MONTH.atEndOfMonth();

	private static final Instant CREATED = Instant.parse("2026-01-15T02:00:00Z");

	private static final String[] TARGET_KINDS = { "level", "comparator", "range", "growth", "cumulative", "each_year",
			"change_per_year", "share", "qualitative", "composite" };

	private static final String[] ROMAN = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII" };

	private final Scale scale;

	private final int index;

	private final SplittableRandom random;

	private final Ids ids;

	private final RowSink sink;

	private final String province;

	private long localityId;

	private final List<Long> departmentIds = new ArrayList<>();

	private final List<String> departmentNames = new ArrayList<>();

	private final List<Long> communeIds = new ArrayList<>();

	private final List<String> communeNames = new ArrayList<>();

	private long collectiveId;

	LocalityGenerator(Scale scale, long seed, int index, Ids ids, RowSink sink) {
		this.scale = scale;
		this.index = index;
		this.random = new SplittableRandom(seed * 1_000_003L + index);
		this.ids = ids;
		this.sink = sink;
		this.province = Vocabulary.PROVINCES.get(index % Vocabulary.PROVINCES.size());
	}

	static String code(int index) {
		return String.format("syn-%02d", index + 1);
	}

	long localityId() {
		return localityId;
	}

	void generate() {
		localityId = ids.next(Table.LOCALITY);
		sink.row(Table.LOCALITY, localityId, code(index), province, Boolean.FALSE);
		agencies();
		int tasksLeft = scale.tasks;
		int indicatorsLeft = scale.indicators;
		for (int p = 0; p < scale.plans; p++) {
			int plansLeft = scale.plans - p;
			int tasks = tasksLeft / plansLeft;
			int indicators = indicatorsLeft / plansLeft;
			plan(p, tasks, indicators);
			tasksLeft -= tasks;
			indicatorsLeft -= indicators;
		}
		communeAllocation();
	}

	private void agencies() {
		long committee = ids.next(Table.AGENCY);
		sink.row(Table.AGENCY, committee, localityId, null, "UBND tỉnh " + province, "UBND tỉnh", "PROVINCE", Boolean.FALSE,
				null, null, 0);
		collectiveId = ids.next(Table.AGENCY);
		sink.row(Table.AGENCY, collectiveId, localityId, committee, "UBND các xã, phường", "UBND cấp xã", "COMMUNE",
				Boolean.TRUE, null, null, 0);
		for (int a = 0; a < scale.agencies - 2; a++) {
			String name = a < Vocabulary.DEPARTMENTS.size() ? Vocabulary.DEPARTMENTS.get(a)
					: Vocabulary.CENTRES.get(a % Vocabulary.CENTRES.size()) + " số " + (a - Vocabulary.DEPARTMENTS.size() + 1);
			long id = ids.next(Table.AGENCY);
			sink.row(Table.AGENCY, id, localityId, committee, name, null, "PROVINCE", Boolean.FALSE, null, null, 0);
			departmentIds.add(id);
			departmentNames.add(name);
		}
		int second = Vocabulary.COMMUNE_SECOND.size();
		for (int c = 0; c < scale.communes; c++) {
			// distinct by construction: c picks a (first, second) pair, and a number once the pairs run out
			int pair = c % (Vocabulary.COMMUNE_FIRST.size() * second);
			String name = (c % 7 == 3 ? "UBND phường " : "UBND xã ") + Vocabulary.COMMUNE_FIRST.get(pair / second) + " "
					+ Vocabulary.COMMUNE_SECOND.get(pair % second)
					+ (c >= Vocabulary.COMMUNE_FIRST.size() * second ? " " + (c / (Vocabulary.COMMUNE_FIRST.size() * second) + 1) : "");
			long id = ids.next(Table.AGENCY);
			sink.row(Table.AGENCY, id, localityId, committee, name, null, "COMMUNE", Boolean.FALSE, LocalDate.of(2025, 7, 1),
					null, 0);
			communeIds.add(id);
			communeNames.add(name);
		}
	}

	private void plan(int p, int taskCount, int indicatorCount) {
		long documentId = ids.next(Table.DOCUMENT);
		String kind = Vocabulary.PLAN_KINDS.get(p % Vocabulary.PLAN_KINDS.size());
		String topic = Vocabulary.TOPICS.get(p % Vocabulary.TOPICS.size());
		String symbol = (100 + p * 7 + index) + ("Nghị quyết".equals(kind) ? "/NQ-HĐND" : "/KH-UBND");
		String title = kind + " thực hiện " + topic + " tỉnh " + province + " giai đoạn 2026-2030";
		LocalDate issued = LocalDate.of(2026, 1, 10).plusDays(p * 9L);
		sink.row(Table.DOCUMENT, documentId, localityId, kind, symbol, title, issued,
				"Nghị quyết".equals(kind) ? "HĐND tỉnh " + province : "UBND tỉnh " + province, "2026-2030",
				"Chủ tịch UBND tỉnh", "CONFIRMED", Boolean.FALSE, CREATED, AUTHOR, 0);
		Text text = new Text();
		text.add("ỦY BAN NHÂN DÂN TỈNH " + province.toUpperCase(java.util.Locale.ROOT));
		text.add("Số: " + symbol);
		text.add(kind.toUpperCase(java.util.Locale.ROOT));
		text.add(title);
		int groups = Math.min(Vocabulary.GROUPS.size(), Math.max(1, taskCount / 100 + 1));
		int written = 0;
		for (int g = 0; g < groups; g++) {
			long groupId = ids.next(Table.TASK_GROUP);
			String groupTitle = Vocabulary.GROUPS.get(g);
			int line = text.add(ROMAN[g] + ". " + groupTitle.toUpperCase(java.util.Locale.ROOT));
			sink.row(Table.TASK_GROUP, groupId, documentId, ROMAN[g], groupTitle, g + 1, line);
			int inGroup = (taskCount - written) / (groups - g);
			for (int t = 0; t < inGroup; t++) {
				task(documentId, groupId, t + 1, issued, text);
			}
			written += inGroup;
		}
		text.add("PHỤ LỤC: CÁC CHỈ TIÊU CHỦ YẾU");
		for (int i = 0; i < indicatorCount; i++) {
			planIndicator(documentId, p * 1000 + i, i + 1, text);
		}
		sourceFile(documentId, "syn-" + code(index).substring(4) + "-" + (p + 1) + ".txt", text);
	}

	private void task(long documentId, long groupId, int number, LocalDate issued, Text text) {
		long taskId = ids.next(Table.TASK);
		String title = pick(Vocabulary.VERBS) + " " + pick(Vocabulary.OBJECTS)
				+ (random.nextInt(4) == 0 ? " trên địa bàn tỉnh" : "");
		String periodRaw;
		LocalDate start = null;
		LocalDate end = null;
		LocalDate due;
		String recurrence = null;
		int shape = random.nextInt(5);
		int year = 2026 + random.nextInt(5);
		if (shape == 0) {
			periodRaw = "Hằng năm";
			recurrence = "yearly";
			due = LocalDate.of(2026, 12, 31);
		}
		else if (shape == 1) {
			periodRaw = "Giai đoạn 2026-2030";
			start = LocalDate.of(2026, 1, 1);
			end = LocalDate.of(2030, 12, 31);
			due = end;
		}
		else if (shape == 2) {
			int quarter = 1 + random.nextInt(4);
			periodRaw = "Quý " + ROMAN[quarter - 1] + "/" + year;
			due = YearMonth.of(year, quarter * 3).atEndOfMonth();
		}
		else {
			int month = 1 + random.nextInt(12);
			due = YearMonth.of(year, month).atEndOfMonth().minusDays(random.nextInt(15));
			periodRaw = "Trước ngày " + due.getDayOfMonth() + "/" + due.getMonthValue() + "/" + due.getYear();
		}
		boolean pastDue = due.isBefore(REFERENCE_DAY);
		int roll = random.nextInt(100);
		String status;
		int progress;
		if (pastDue) {
			status = roll < 60 ? "DONE" : roll < 85 ? "IN_PROGRESS" : roll < 94 ? "NOT_STARTED" : roll < 98 ? "PAUSED" : "CANCELLED";
		}
		else {
			status = roll < 5 ? "DONE" : roll < 45 ? "IN_PROGRESS" : roll < 97 ? "NOT_STARTED" : "PAUSED";
		}
		progress = switch (status) {
			case "DONE" -> 100;
			case "IN_PROGRESS" -> 10 + 5 * random.nextInt(17);
			case "PAUSED" -> 20 + 5 * random.nextInt(8);
			default -> 0;
		};
		LocalDate started = "NOT_STARTED".equals(status) || "CANCELLED".equals(status) ? null
				: issued.plusDays(10 + random.nextInt(120));
		LocalDate completed = "DONE".equals(status) ? min(REFERENCE_DAY, due.minusDays(random.nextInt(20) - 5)) : null;
		if (completed != null && started != null && completed.isBefore(started)) {
			completed = started;
		}
		String reason = "PAUSED".equals(status) || "CANCELLED".equals(status) ? pick(Vocabulary.REASONS) : null;
		int lead = random.nextInt(departmentIds.size());
		List<Integer> coordinating = new ArrayList<>();
		int count = random.nextInt(4);
		for (int c = 0; c < count; c++) {
			int other = random.nextInt(departmentIds.size() + 1);
			if (other != lead && !coordinating.contains(other)) {
				coordinating.add(other);
			}
		}
		StringBuilder line = new StringBuilder().append(number).append(". ").append(title).append(". Cơ quan chủ trì: ")
			.append(departmentNames.get(lead));
		if (!coordinating.isEmpty()) {
			line.append("; cơ quan phối hợp: ");
			for (int c = 0; c < coordinating.size(); c++) {
				line.append(c > 0 ? ", " : "").append(agencyName(coordinating.get(c)));
			}
		}
		line.append(". Thời gian thực hiện: ").append(periodRaw).append('.');
		int sourceLine = text.add(line.toString());
		sink.row(Table.TASK, taskId, documentId, groupId, number + ".", title, periodRaw, start, end, due, recurrence, null,
				status, progress, completed, sourceLine, 0, started, reason);
		sink.row(Table.TASK_AGENCY, ids.next(Table.TASK_AGENCY), taskId, departmentIds.get(lead), "LEAD",
				departmentNames.get(lead), 0);
		for (int c = 0; c < coordinating.size(); c++) {
			sink.row(Table.TASK_AGENCY, ids.next(Table.TASK_AGENCY), taskId, agencyId(coordinating.get(c)), "COORDINATING",
					agencyName(coordinating.get(c)), c + 1);
		}
	}

	// the index one past the departments stands for the communes' collective "UBND các xã, phường"
	private String agencyName(int i) {
		return i == departmentIds.size() ? "UBND các xã, phường" : departmentNames.get(i);
	}

	private long agencyId(int i) {
		return i == departmentIds.size() ? collectiveId : departmentIds.get(i);
	}

	private void planIndicator(long documentId, int serial, int number, Text text) {
		IndicatorKind kind = Vocabulary.INDICATORS.get(serial % Vocabulary.INDICATORS.size());
		String area = Vocabulary.AREAS.get((serial / Vocabulary.INDICATORS.size()) % Vocabulary.AREAS.size());
		String name = kind.name() + area;
		String targetKind = TARGET_KINDS[serial % TARGET_KINDS.length];
		double base = kind.typical() * (0.7 + random.nextDouble() * 0.6);
		double goal = kind.lowerIsBetter() ? base * 0.7 : base * 1.3;
		int lead = random.nextInt(departmentIds.size());
		long indicatorId = ids.next(Table.INDICATOR);
		String unit = kind.unit();
		String raw;
		List<Object[]> targets = new ArrayList<>();
		long targetId = ids.next(Table.TARGET);
		switch (targetKind) {
			case "level" -> {
				raw = "Đến năm 2030 đạt " + vn(goal) + " " + unit;
				targets.add(target(targetId, indicatorId, null, raw, "level", "=", goal, null, null, unit, 2030));
			}
			case "comparator" -> {
				String word = kind.lowerIsBetter() ? "dưới" : "trên";
				raw = word + " " + vn(goal) + " " + unit;
				targets.add(target(targetId, indicatorId, null, raw, "comparator", kind.lowerIsBetter() ? "<" : ">", goal, null,
						null, unit, 2030));
			}
			case "range" -> {
				raw = "từ " + vn(goal * 0.95) + " - " + vn(goal * 1.05) + " " + unit;
				targets.add(target(targetId, indicatorId, null, raw, "range", null, null, goal * 0.95, goal * 1.05, unit, 2030));
				unit = kind.unit();
			}
			case "growth" -> {
				double rate = 5 + random.nextInt(60) / 10.0;
				raw = "tăng bình quân " + vn(rate) + "%/năm";
				targets.add(target(targetId, indicatorId, null, raw, "growth", "=", rate, null, null, "%", null));
			}
			case "cumulative" -> {
				raw = "giai đoạn 2026-2030 đạt " + vn(goal * 5) + " " + unit;
				targets.add(target(targetId, indicatorId, null, raw, "cumulative", "=", goal * 5, null, null, unit, null));
			}
			case "each_year" -> {
				raw = "mỗi năm đạt " + vn(goal) + " " + unit + " trở lên";
				targets.add(target(targetId, indicatorId, null, raw, "each_year", ">=", goal, null, null, unit, null));
			}
			case "change_per_year" -> {
				double step = Math.max(0.5, Math.abs(goal - base) / 5);
				raw = (kind.lowerIsBetter() ? "giảm bình quân " : "tăng bình quân ") + vn(step) + " " + unit + "/năm";
				targets.add(target(targetId, indicatorId, null, raw, "change_per_year", "=", kind.lowerIsBetter() ? -step : step,
						null, null, unit, null));
			}
			case "share" -> {
				double share = 20 + random.nextInt(600) / 10.0;
				raw = "chiếm " + vn(share) + "% tổng số";
				targets.add(target(targetId, indicatorId, null, raw, "share", "=", share, null, null, "%", 2030));
			}
			case "qualitative" -> {
				raw = "Hoàn thành các mục tiêu theo kế hoạch được giao";
				targets.add(target(targetId, indicatorId, null, raw, "qualitative", null, null, null, null, null, null));
			}
			default -> {
				raw = "đạt " + vn(goal) + " " + unit + ", trong đó khu vực nông thôn đạt " + vn(goal * 0.8) + " " + unit;
				targets.add(target(targetId, indicatorId, null, raw, "composite", null, null, null, null, unit, 2030));
				targets.add(target(ids.next(Table.TARGET), indicatorId, targetId, "đạt " + vn(goal) + " " + unit, "level", "=",
						goal, null, null, unit, 2030));
				targets.add(target(ids.next(Table.TARGET), indicatorId, targetId,
						"khu vực nông thôn đạt " + vn(goal * 0.8) + " " + unit, "level", "=", goal * 0.8, null, null, unit, 2030));
			}
		}
		int line = text.add(number + ". " + name + ": " + raw + ".");
		// a person confirmed the direction of one indicator in five; the rest stay guessed (NULL)
		String direction = random.nextInt(5) == 0 ? (kind.lowerIsBetter() ? "LOWER_IS_BETTER" : "HIGHER_IS_BETTER") : null;
		sink.row(Table.INDICATOR, indicatorId, documentId, String.valueOf(number),
				"Chỉ tiêu về " + Vocabulary.TOPICS.get(serial / 1000 % Vocabulary.TOPICS.size()), name, unit, direction,
				departmentIds.get(lead), departmentNames.get(lead), null, 2025, decimal(base), line, 0);
		for (Object[] t : targets) {
			sink.row(Table.TARGET, t);
		}
		double value = base;
		for (int year = 2022; year <= 2026; year++) {
			value = value * (0.97 + random.nextDouble() * 0.1);
			sink.row(Table.OBSERVATION, ids.next(Table.OBSERVATION), indicatorId, "YEAR", year, 0,
					year == 2026 ? "ESTIMATE" : "ACTUAL", decimal(value), "Báo cáo tình hình kinh tế - xã hội năm " + year,
					AUTHOR, Instant.parse(year + "-12-15T03:00:00Z"));
		}
	}

	private Object[] target(long id, long indicatorId, Long parentId, String raw, String kind, String comparator,
			Double value, Double low, Double high, String unit, Integer year) {
		return new Object[] { id, indicatorId, parentId, raw, kind, comparator, decimalOrNull(value), decimalOrNull(low),
				decimalOrNull(high), unit, year };
	}

	/** The decision assigning each commune its own monthly indicators, and their five years of monthly values. */
	private void communeAllocation() {
		long documentId = ids.next(Table.DOCUMENT);
		String symbol = (900 + index) + "/QĐ-UBND";
		String title = "Quyết định giao chỉ tiêu phát triển kinh tế - xã hội cho các xã, phường tỉnh " + province
				+ " giai đoạn 2026-2030";
		sink.row(Table.DOCUMENT, documentId, localityId, "Quyết định", symbol, title, LocalDate.of(2026, 1, 5),
				"UBND tỉnh " + province, "2026-2030", "Chủ tịch UBND tỉnh", "CONFIRMED", Boolean.FALSE, CREATED, AUTHOR, 0);
		Text text = new Text();
		text.add("ỦY BAN NHÂN DÂN TỈNH " + province.toUpperCase(java.util.Locale.ROOT));
		text.add("Số: " + symbol);
		text.add(title);
		YearMonth first = LAST_MONTH.minusMonths(scale.months - 1L);
		int number = 0;
		for (int c = 0; c < communeIds.size(); c++) {
			text.add("Phụ lục " + (c + 1) + ": " + communeNames.get(c));
			for (int k = 0; k < scale.communeIndicators; k++) {
				IndicatorKind kind = Vocabulary.COMMUNE_INDICATORS.get(k % Vocabulary.COMMUNE_INDICATORS.size());
				String name = kind.name() + Vocabulary.AREAS.get(k / Vocabulary.COMMUNE_INDICATORS.size() % Vocabulary.AREAS.size())
						+ " - " + communeNames.get(c).substring(5);
				double base = kind.typical() * (0.5 + random.nextDouble());
				double goal = kind.lowerIsBetter() ? base * 0.6 : base * 1.25;
				long indicatorId = ids.next(Table.INDICATOR);
				number++;
				String raw = "Năm 2030 đạt " + vn(goal) + " " + kind.unit();
				int line = text.add(number + ". " + name + ": " + raw + ".");
				sink.row(Table.INDICATOR, indicatorId, documentId, String.valueOf(number), communeNames.get(c), name,
						kind.unit(), null, communeIds.get(c), communeNames.get(c), null, 2025, decimal(base), line, 0);
				sink.row(Table.TARGET, ids.next(Table.TARGET), indicatorId, null, raw, "level", "=", decimal(goal), null, null,
						kind.unit(), 2030);
				double value = base;
				for (int m = 0; m < scale.months; m++) {
					YearMonth month = first.plusMonths(m);
					value = Math.max(0, value * (0.98 + random.nextDouble() * 0.05));
					sink.row(Table.OBSERVATION, ids.next(Table.OBSERVATION), indicatorId, "MONTH", month.getYear(),
							month.getMonthValue(), "ACTUAL", decimal(value), null, AUTHOR,
							month.atDay(20).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
				}
			}
		}
		sourceFile(documentId, "syn-" + code(index).substring(4) + "-giao-chi-tieu-xa.txt", text);
	}

	private void sourceFile(long documentId, String fileName, Text text) {
		byte[] content = text.toString().getBytes(StandardCharsets.UTF_8);
		sink.row(Table.SOURCE_FILE, ids.next(Table.SOURCE_FILE), documentId, fileName, "text/plain", "TXT", "UTF-8",
				(long) content.length, sha256(content), content, text.toString(), text.lines(), CREATED);
	}

	private String pick(List<String> words) {
		return words.get(random.nextInt(words.size()));
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static BigDecimal decimal(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
	}

	private static BigDecimal decimalOrNull(Double value) {
		return value == null ? null : decimal(value);
	}

	// rule: Vietnamese numbers group thousands with dots and write decimals after a comma (1.234,5)
	static String vn(double value) {
		BigDecimal rounded = BigDecimal.valueOf(value).setScale(value >= 100 ? 0 : 1, RoundingMode.HALF_UP);
		String plain = rounded.toPlainString();
		String integer = plain.contains(".") ? plain.substring(0, plain.indexOf('.')) : plain;
		String fraction = plain.contains(".") ? plain.substring(plain.indexOf('.') + 1) : "";
		StringBuilder grouped = new StringBuilder();
		for (int i = 0; i < integer.length(); i++) {
			if (i > 0 && (integer.length() - i) % 3 == 0) {
				grouped.append('.');
			}
			grouped.append(integer.charAt(i));
		}
		return fraction.isEmpty() || "0".equals(fraction) ? grouped.toString() : grouped + "," + fraction;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 missing from the JDK", ex);
		}
	}

	/** A document's canonical text, line by line; {@link #add} returns the 1-based line just written. */
	private static final class Text {

		private final StringBuilder body = new StringBuilder();

		private int lines;

		int add(String line) {
			body.append(line).append('\n');
			return ++lines;
		}

		int lines() {
			return lines;
		}

		@Override
		public String toString() {
			return body.toString();
		}
	}
}
