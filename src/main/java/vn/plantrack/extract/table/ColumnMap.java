package vn.plantrack.extract.table;

import java.util.EnumMap;
import java.util.Map;

import vn.plantrack.parse.Table;
import vn.plantrack.parse.TableRow;
import vn.plantrack.shared.text.VietText;

/** The column of each role in one table; a role the header does not name has column -1. */
final class ColumnMap {

	private final Map<ColumnRole, Integer> columns = new EnumMap<>(ColumnRole.class);
	private int resultColumns;

	private ColumnMap() {
	}

	int column(ColumnRole role) {
		return columns.getOrDefault(role, -1);
	}

	boolean has(ColumnRole role) {
		return columns.containsKey(role);
	}

	int resultColumns() {
		return resultColumns;
	}

	/** The text of {@code role}'s cell in {@code row}, "" when the table has no such column. */
	String text(TableRow row, ColumnRole role) {
		int c = column(role);
		return c < 0 ? "" : row.text(c);
	}

	static ColumnMap of(Table table) {
		ColumnMap map = new ColumnMap();
		TableRow header = table.header();
		if (header == null) {
			map.columns.put(ColumnRole.CODE, 0);
			if (table.columnCount() > 1) {
				map.columns.put(ColumnRole.TITLE, 1);
			}
			return map;
		}
		for (int i = 0; i < header.cells().size(); i++) {
			ColumnRole role = roleOf(VietText.fold(header.text(i)));
			if (role == ColumnRole.RESULT) {
				map.resultColumns++;
			}
			if (role != ColumnRole.OTHER) {
				map.columns.putIfAbsent(role, i);
			}
		}
		map.columns.putIfAbsent(ColumnRole.CODE, 0);
		if (!map.has(ColumnRole.TITLE) && header.cells().size() > 1) {
			map.columns.put(ColumnRole.TITLE, map.column(ColumnRole.CODE) + 1);
		}
		return map;
	}

	// rule: Vietnamese plan tables name their columns with a small vocabulary: STT/TT (number), Nội
	// dung/Nhiệm vụ/Tên .../Chỉ tiêu (title), Cơ quan/Đơn vị chủ trì or tham mưu (lead), phối hợp
	// (coordinating), Đơn vị tính/ĐVT (unit), Mục tiêu (target), Thời gian thực hiện/hoàn thành/trình
	// (period, deadline), Nguồn lực/vốn/Kinh phí (resources), Thực hiện năm/ƯTH (results)
	static ColumnRole roleOf(String h) {
		if (h.isEmpty()) {
			return ColumnRole.OTHER;
		}
		if (h.equals("stt") || h.equals("tt") || h.equals("st") || h.startsWith("so tt") || h.startsWith("so thu tu")) {
			return ColumnRole.CODE;
		}
		if (h.contains("phoi hop")) {
			return ColumnRole.COORDINATING;
		}
		if (h.contains("chu tri") || h.contains("tham muu") || h.equals("don vi muu")
				|| h.startsWith("co quan thuc hien") || h.startsWith("don vi thuc hien")
				|| h.startsWith("co quan, don vi") || h.equals("co quan") || h.equals("don vi")) {
			return ColumnRole.LEAD;
		}
		if (h.startsWith("don vi tinh") || h.equals("dvt") || h.equals("don vi do")) {
			return ColumnRole.UNIT;
		}
		if (h.startsWith("thuc hien nam") || h.startsWith("uth") || h.startsWith("uoc thuc hien")
				|| h.startsWith("uoc th") || h.startsWith("ket qua thuc hien")) {
			return ColumnRole.RESULT;
		}
		if (h.startsWith("muc tieu") || h.startsWith("chi tieu nam") || h.startsWith("chi tieu den")) {
			return ColumnRole.TARGET;
		}
		if (h.contains("hoan thanh") || h.startsWith("han ")) {
			return ColumnRole.COMPLETION;
		}
		if (h.startsWith("thoi gian") || h.startsWith("tien do") || h.startsWith("thoi han")) {
			return ColumnRole.PERIOD;
		}
		if (h.startsWith("nguon") || h.startsWith("kinh phi")) {
			return ColumnRole.RESOURCES;
		}
		if (h.startsWith("ghi chu")) {
			return ColumnRole.NOTE;
		}
		if (h.startsWith("noi dung") || h.startsWith("nhiem vu") || h.startsWith("ten ") || h.startsWith("chi tieu")
				|| h.startsWith("danh muc") || h.startsWith("cong viec")) {
			return ColumnRole.TITLE;
		}
		return ColumnRole.OTHER;
	}
}
