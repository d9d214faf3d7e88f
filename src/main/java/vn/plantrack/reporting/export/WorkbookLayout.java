package vn.plantrack.reporting.export;

import java.util.List;

/**
 * Sheet names, columns and labels of the data-entry workbook, shared by the writer and the importer so
 * the two cannot drift apart.
 */
final class WorkbookLayout {

	static final String TASKS = "Nhiệm vụ";

	static final String INDICATORS = "Chỉ tiêu";

	static final String META = "_plantrack";

	static final String LISTS = "_danh_muc";

	// Nhiệm vụ: A id, B code, C title, D agency, E due, F status, G progress, H completed on
	static final int T_ID = 0, T_CODE = 1, T_TITLE = 2, T_AGENCY = 3, T_DUE = 4, T_STATUS = 5, T_PROGRESS = 6,
			T_DONE = 7;

	static final List<String> TASK_HEADERS = List.of("Mã số (không sửa)", "Mã nhiệm vụ", "Nhiệm vụ",
			"Cơ quan báo cáo", "Thời hạn", "Trạng thái", "Tiến độ (%)", "Ngày hoàn thành (dd/mm/yyyy)");

	// Chỉ tiêu: A id, B code, C name, D unit, E target, F agency, G year, H kind, I value
	static final int I_ID = 0, I_CODE = 1, I_NAME = 2, I_UNIT = 3, I_TARGET = 4, I_AGENCY = 5, I_YEAR = 6,
			I_KIND = 7, I_VALUE = 8;

	static final List<String> INDICATOR_HEADERS = List.of("Mã số (không sửa)", "TT", "Chỉ tiêu", "ĐVT", "Mục tiêu",
			"Cơ quan báo cáo", "Năm", "Loại số liệu", "Giá trị");

	/** Workflow statuses as the workbook shows them, in the order of {@link #STATUS_CODES}. */
	static final List<String> STATUS_LABELS = List.of("Chưa thực hiện", "Đang thực hiện", "Tạm dừng", "Hoàn thành");

	static final List<String> STATUS_CODES = List.of("NOT_STARTED", "IN_PROGRESS", "PAUSED", "DONE");

	static final List<String> KIND_LABELS = List.of("Thực hiện", "Ước thực hiện");

	static final List<String> KIND_CODES = List.of("ACTUAL", "ESTIMATE");

	private WorkbookLayout() {
	}

	static String column(int index) {
		return String.valueOf((char) ('A' + index));
	}
}
