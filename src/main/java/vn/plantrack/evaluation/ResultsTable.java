package vn.plantrack.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.plantrack.shared.text.VietText;

/**
 * The yearly results table of a report (003, Biểu 01): columns TT, Chỉ tiêu, Đơn vị, a baseline year, the
 * target ("Mục tiêu NQ đến 2020"), then one column per year ("Thực hiện năm 2016" ... "ƯTH năm 2020"); group
 * rows (I, II, ...) carry the verdict the report claims; numbered rows are indicators and the unnumbered rows
 * after them their parts.
 */
record ResultsTable(int headerLine, int firstYear, int lastYear, List<YearColumn> years, List<Row> rows) {

	/** A year column; {@code estimate} when its header says ƯTH / ước / dự kiến. */
	record YearColumn(int index, int year, boolean estimate) {
	}

	/** One table row with its 1-based source line; {@code cells} are aligned with the header's cells. */
	record Row(int line, String code, String name, String unit, String target, List<String> cells,
			boolean group) {
	}

	private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");

	private static final Pattern ROMAN = Pattern.compile("[IVXLC]+\\.?");

	private static final Pattern ARABIC = Pattern.compile("\\d+(?:\\.\\d+)*\\.?");

	private static final int MAX_ROWS = 5_000;

	/** The first results table of {@code text}, or {@code null} when there is none. */
	static ResultsTable find(String text) {
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			Layout layout = Layout.ofHeader(lines[i]);
			if (layout != null) {
				return read(lines, i, layout);
			}
		}
		return null;
	}

	private static ResultsTable read(String[] lines, int headerIndex, Layout layout) {
		List<Row> rows = new ArrayList<>();
		for (int i = headerIndex + 1; i < lines.length && rows.size() < MAX_ROWS; i++) {
			String line = lines[i];
			if (line.isBlank()) {
				continue;
			}
			if (line.indexOf('\t') < 0) {
				break;
			}
			if (Layout.ofHeader(line) != null) {
				continue;
			}
			List<String> cells = layout.cells(line);
			String code = layout.cell(cells, layout.code).replace("<b>", "").replace("</b>", "").strip();
			String name = clean(layout.cell(cells, layout.name));
			boolean anyContent = cells.stream().anyMatch(c -> !c.isBlank());
			if (!anyContent || (code.isEmpty() && name.isEmpty())) {
				continue;
			}
			boolean group = ROMAN.matcher(code).matches();
			rows.add(new Row(i + 1, code.replaceAll("\\.$", ""), name, clean(layout.cell(cells, layout.unit)),
					clean(layout.cell(cells, layout.target)), cells, group));
		}
		return new ResultsTable(headerIndex + 1, layout.firstYear, layout.lastYear, layout.years, rows);
	}

	static boolean isIndicatorCode(String code) {
		return ARABIC.matcher(code).matches();
	}

	private static String clean(String cell) {
		return VietText.squeeze(cell.replace("<b>", "").replace("</b>", ""));
	}

	/** Which cell holds what, and how cells are separated (one tab, or two as in 003). */
	private static final class Layout {

		int stride = 1;

		int offset;

		int code = -1;

		int name = -1;

		int unit = -1;

		int target = -1;

		int firstYear;

		int lastYear;

		final List<YearColumn> years = new ArrayList<>();

		// rule: a results table header names the indicator column ("Chỉ tiêu"), a target column ("Mục tiêu",
		// "Kế hoạch") and at least two year columns
		static Layout ofHeader(String line) {
			if (line.indexOf('\t') < 0) {
				return null;
			}
			String folded = VietText.fold(VietText.nfc(line));
			if (!folded.contains("chi tieu") || !(folded.contains("muc tieu") || folded.contains("ke hoach"))) {
				return null;
			}
			Layout layout = new Layout();
			String[] parts = line.split("\t", -1);
			List<Integer> filled = new ArrayList<>();
			for (int i = 0; i < parts.length; i++) {
				if (!parts[i].isBlank()) {
					filled.add(i);
				}
			}
			boolean sameParity = filled.size() >= 3 && filled.stream().allMatch(i -> i % 2 == filled.get(0) % 2);
			boolean adjacent = false;
			for (int k = 1; k < filled.size(); k++) {
				adjacent |= filled.get(k) - filled.get(k - 1) == 1;
			}
			if (sameParity && !adjacent) {
				layout.stride = 2;
				layout.offset = filled.get(0) % 2;
			}
			List<String> cells = layout.cells(line);
			int targetYear = 0;
			for (int c = 0; c < cells.size(); c++) {
				String f = VietText.fold(VietText.squeeze(VietText.nfc(cells.get(c))));
				Matcher year = YEAR.matcher(f);
				if (f.equals("tt") || f.equals("stt")) {
					layout.code = c;
				}
				else if (f.contains("chi tieu") && layout.name < 0) {
					layout.name = c;
				}
				else if (f.contains("don vi") || f.equals("dvt")) {
					layout.unit = c;
				}
				else if (f.contains("muc tieu") || f.contains("ke hoach")) {
					layout.target = c;
					if (year.find()) {
						targetYear = Integer.parseInt(year.group(1));
					}
				}
				else if (year.find()) {
					boolean estimate = f.contains("uth") || f.contains("uoc") || f.contains("du kien");
					layout.years.add(new YearColumn(c, Integer.parseInt(year.group(1)), estimate));
				}
			}
			if (layout.name < 0 || layout.target < 0 || layout.years.size() < 2) {
				return null;
			}
			int maxYear = layout.years.stream().mapToInt(YearColumn::year).max().orElseThrow();
			layout.lastYear = targetYear > 0 ? targetYear : maxYear;
			int baseline = layout.years.stream()
				.filter(y -> y.index() < layout.target)
				.mapToInt(YearColumn::year)
				.max()
				.orElse(0);
			layout.firstYear = baseline > 0 ? baseline + 1
					: layout.years.stream().mapToInt(YearColumn::year).min().orElseThrow();
			return layout;
		}

		List<String> cells(String line) {
			String[] parts = line.split("\t", -1);
			List<String> out = new ArrayList<>();
			for (int i = offset; i < parts.length; i += stride) {
				out.add(parts[i]);
			}
			return out;
		}

		String cell(List<String> cells, int index) {
			return index >= 0 && index < cells.size() ? cells.get(index) : "";
		}
	}
}
