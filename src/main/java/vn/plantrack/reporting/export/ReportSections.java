package vn.plantrack.reporting.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.plantrack.reporting.PlanReport;
import vn.plantrack.reporting.PlanReport.GroupResult;
import vn.plantrack.reporting.PlanReport.IndicatorRow;
import vn.plantrack.reporting.PlanReport.LateItem;
import vn.plantrack.reporting.TaskStatusClass;

/**
 * The body of a consolidated report as headings, sentences, bullet items and tables, written once so that
 * the DOCX and the PDF say exactly the same thing. Every number comes from the {@link PlanReport}.
 */
public final class ReportSections {

	/** The status classes a report counts, in the order reports list them. */
	public static final List<TaskStatusClass> CLASSES = List.of(TaskStatusClass.ON_TIME, TaskStatusClass.LATE,
			TaskStatusClass.IN_PROGRESS, TaskStatusClass.OVERDUE, TaskStatusClass.NOT_STARTED,
			TaskStatusClass.CONTINUOUS);

	public sealed interface Block permits Text, Item, Grid {
	}

	public record Text(String text) implements Block {
	}

	public record Item(String text) implements Block {
	}

	public record Grid(List<String> columns, List<List<String>> rows, boolean lastRowIsTotal) implements Block {
	}

	public record Section(String heading, List<Block> blocks) {
	}

	private ReportSections() {
	}

	public static List<Section> of(PlanReport report) {
		return List.of(tasks(report), indicators(report), late(report), agencies(report), proposals(report));
	}

	private static Section tasks(PlanReport report) {
		List<Block> blocks = new ArrayList<>();
		GroupResult total = report.total();
		List<String> parts = new ArrayList<>();
		for (TaskStatusClass c : CLASSES) {
			parts.add(total.count(c) + " " + c.label().toLowerCase(java.util.Locale.ROOT));
		}
		if (total.count(TaskStatusClass.CANCELLED) > 0) {
			parts.add(total.count(TaskStatusClass.CANCELLED) + " đã hủy");
		}
		blocks.add(new Text("Kế hoạch giao " + total.tasks() + " nhiệm vụ. Tính đến ngày "
				+ VietFormat.date(report.asOf()) + ": " + String.join(", ", parts) + "."));
		if (total.tasks() > 0) {
			List<String> columns = new ArrayList<>(List.of("Nhóm nhiệm vụ", "Tổng số"));
			CLASSES.forEach(c -> columns.add(c.label()));
			List<List<String>> rows = new ArrayList<>();
			for (GroupResult group : report.groups()) {
				// a group stored from a table keeps only its numeral as title; do not write "I. I"
				String title = group.code().isEmpty() || group.code().equals(group.title()) ? group.title()
						: group.code() + ". " + group.title();
				rows.add(groupRow(title, group));
			}
			rows.add(groupRow(total.title(), total));
			blocks.add(new Grid(columns, rows, true));
		}
		return new Section("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ", blocks);
	}

	private static List<String> groupRow(String title, GroupResult group) {
		List<String> row = new ArrayList<>(List.of(title, Integer.toString(group.tasks())));
		CLASSES.forEach(c -> row.add(Integer.toString(group.count(c))));
		return row;
	}

	private static Section indicators(PlanReport report) {
		List<Block> blocks = new ArrayList<>();
		String counts = report.verdictCounts()
			.entrySet()
			.stream()
			.filter(e -> e.getValue() > 0)
			.map(e -> e.getValue() + " " + e.getKey())
			.collect(Collectors.joining(", "));
		blocks.add(new Text("Kế hoạch có " + report.indicators().size() + " chỉ tiêu; kết quả: " + report.scorecard()
				+ (counts.isEmpty() ? "" : " (" + counts + ")") + "."));
		if (!report.indicators().isEmpty()) {
			List<String> columns = new ArrayList<>(List.of("TT", "Chỉ tiêu", "ĐVT", "Mục tiêu"));
			report.years().forEach(y -> columns.add("Năm " + y));
			columns.add("Đánh giá");
			columns.add("Lý do");
			List<List<String>> rows = new ArrayList<>();
			for (IndicatorRow row : report.indicators()) {
				List<String> cells = new ArrayList<>(List.of(row.code(), row.name(), row.unit(), row.target()));
				Map<Integer, String> values = row.values();
				report.years().forEach(y -> cells.add(values.getOrDefault(y, "")));
				cells.add(row.verdict());
				cells.add(row.reason());
				rows.add(cells);
			}
			blocks.add(new Grid(columns, rows, false));
		}
		return new Section("II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", blocks);
	}

	private static Section late(PlanReport report) {
		List<Block> blocks = new ArrayList<>();
		if (report.lateItems().isEmpty()) {
			blocks.add(new Text("Không có nhiệm vụ chậm, quá hạn."));
		}
		else {
			long overdue = report.lateItems().stream().filter(l -> l.statusClass() == TaskStatusClass.OVERDUE).count();
			blocks.add(new Text(overdue + " nhiệm vụ quá hạn chưa hoàn thành, "
					+ (report.lateItems().size() - overdue) + " nhiệm vụ hoàn thành quá hạn:"));
			List<List<String>> rows = new ArrayList<>();
			for (LateItem item : report.lateItems()) {
				rows.add(List.of(item.code(), item.title(), item.agencies(), VietFormat.date(item.due()),
						item.statusClass().label(), Long.toString(item.daysLate())));
			}
			blocks.add(new Grid(List.of("Mã", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn", "Tình trạng", "Số ngày chậm"),
					rows, false));
		}
		return new Section("III. NHIỆM VỤ CHẬM, QUÁ HẠN", blocks);
	}

	private static Section agencies(PlanReport report) {
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Text("1. Cơ quan, đơn vị đề nghị biểu dương:"));
		if (report.commended().isEmpty()) {
			blocks.add(new Item("Chưa có."));
		}
		report.commended().forEach(a -> blocks.add(new Item(a.agency() + ": " + a.reason() + ".")));
		blocks.add(new Text("2. Cơ quan, đơn vị cần nhắc nhở, chấn chỉnh:"));
		if (report.reminded().isEmpty()) {
			blocks.add(new Item("Không có."));
		}
		report.reminded().forEach(a -> blocks.add(new Item(a.agency() + ": " + a.reason() + ".")));
		return new Section("IV. ĐÁNH GIÁ CÁC CƠ QUAN, ĐƠN VỊ", blocks);
	}

	private static Section proposals(PlanReport report) {
		List<Block> blocks = new ArrayList<>();
		report.proposals().forEach(p -> blocks.add(new Item(p)));
		return new Section("V. ĐỀ XUẤT, KIẾN NGHỊ", blocks);
	}
}
