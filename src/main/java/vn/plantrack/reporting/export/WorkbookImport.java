package vn.plantrack.reporting.export;

import static vn.plantrack.reporting.export.WorkbookLayout.*;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.plantrack.registry.AuditLog;
import vn.plantrack.registry.Role;
import vn.plantrack.registry.UserAccounts;
import vn.plantrack.reporting.DataEntryWorkbooks.Imported;
import vn.plantrack.reporting.WorkbookRejectedException;
import vn.plantrack.tracking.Actor;
import vn.plantrack.tracking.TaskProgress;
import vn.plantrack.tracking.TaskStatus;
import vn.plantrack.tracking.TrackingException;

/**
 * Reads a filled-in data-entry workbook, checks every cell against the plan and the importing user, and
 * writes it all or, at the first bad cell, nothing: every problem is listed by sheet, row and column so the
 * agency can fix the file offline and send it again.
 */
@Component
public class WorkbookImport {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu");

	private final JdbcClient jdbc;

	private final PlanAgencies planAgencies;

	private final AuditLog audit;

	private final Clock clock;

	private final TaskProgress taskProgress;

	private final UserAccounts users;

	private final WorkbookCycleLock cycleLock;

	WorkbookImport(JdbcClient jdbc, PlanAgencies planAgencies, AuditLog audit, Clock clock, TaskProgress taskProgress,
			UserAccounts users, WorkbookCycleLock cycleLock) {
		this.cycleLock = cycleLock;
		this.jdbc = jdbc;
		this.planAgencies = planAgencies;
		this.audit = audit;
		this.clock = clock;
		this.taskProgress = taskProgress;
		this.users = users;
	}

	/** {@code where}: the row's sheet and status cell, to name it when the task workflow refuses the row. */
	private record TaskUpdate(long id, String status, Integer progress, LocalDate completedOn, String where) {
	}

	private record Value(long indicatorId, String agency, int year, String kind, BigDecimal value) {
	}

	/** {@code cycle}: the cycle code the workbook was made for (hidden sheet), as written there. */
	private record Checked(long documentId, String agency, String cycle, List<TaskUpdate> tasks, List<Value> values) {
	}

	@Transactional
	public Imported importWorkbook(byte[] bytes, String actor, String reporterAgency) {
		Checked checked = check(bytes, reporterAgency);
		// the lock refuses the whole workbook before anything is written; a value prefilled and left as stored is
		// no change, so a workbook updating only tasks is not refused for it
		Map<String, Set<Integer>> yearsByAgency = new TreeMap<>();
		checked.values()
			.stream()
			.filter(v -> !stored(v).filter(s -> s.compareTo(v.value()) == 0).isPresent())
			.forEach(v -> yearsByAgency.computeIfAbsent(v.agency(), a -> new TreeSet<>()).add(v.year()));
		cycleLock.requireOpen(checked.documentId(), checked.cycle(), yearsByAgency);
		Actor who = actor(actor, checked.documentId(), reporterAgency);
		int updated = 0;
		List<String> refused = new ArrayList<>();
		for (TaskUpdate task : checked.tasks()) {
			try {
				updated += apply(task, who);
			}
			catch (TrackingException ex) {
				refused.add(task.where() + ": " + ex.getMessage());
			}
		}
		if (!refused.isEmpty()) {
			// all or nothing: the transaction rolls back what the earlier rows changed
			throw new WorkbookRejectedException(refused);
		}
		int stored = 0;
		for (Value value : checked.values()) {
			stored += store(value, actor);
		}
		return new Imported(checked.documentId(), checked.agency(), updated, stored);
	}

	private Checked check(byte[] bytes, String reporterAgency) {
		List<String> errors = new ArrayList<>();
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Sheet meta = workbook.getSheet(META);
			Long documentId = meta == null ? null : documentOf(meta);
			if (documentId == null) {
				throw new WorkbookRejectedException(List.of("Tệp: không phải sổ nhập liệu của PlanTrack (thiếu trang "
						+ META + " hoặc mã kế hoạch)"));
			}
			String agency = text(meta.getRow(1) == null ? null : meta.getRow(1).getCell(1));
			String cycle = text(meta.getRow(2) == null ? null : meta.getRow(2).getCell(1));
			Set<String> agencies = planAgencies.of(documentId);
			List<TaskUpdate> tasks = tasks(workbook.getSheet(TASKS), taskLeads(documentId), agencies, reporterAgency,
					errors);
			List<Value> values = values(workbook.getSheet(INDICATORS), indicatorLeads(documentId), agencies,
					reporterAgency, errors);
			if (!errors.isEmpty()) {
				throw new WorkbookRejectedException(errors);
			}
			return new Checked(documentId, agency, cycle, tasks, values);
		}
		catch (WorkbookRejectedException | org.springframework.dao.DataAccessException ex) {
			throw ex;
		}
		catch (java.io.IOException | RuntimeException ex) {
			// POI reports a non-Excel file in many ways (NotOfficeXml, zip errors, ...); all mean the same here
			throw new WorkbookRejectedException(List.of("Tệp: không đọc được tệp Excel (.xlsx) — " + ex.getClass()
				.getSimpleName()));
		}
	}

	private List<TaskUpdate> tasks(Sheet sheet, Map<Long, List<String>> leads, Set<String> agencies,
			String reporterAgency, List<String> errors) {
		List<TaskUpdate> updates = new ArrayList<>();
		if (sheet == null) {
			return updates;
		}
		for (Row row : sheet) {
			if (row.getRowNum() == 0 || blank(row, T_DONE)) {
				continue;
			}
			int before = errors.size();
			Long id = id(sheet, row, T_ID, errors);
			if (id != null && !leads.containsKey(id)) {
				errors.add(at(sheet, row, T_ID) + ": nhiệm vụ mã số " + id + " không thuộc kế hoạch");
			}
			String agency = agency(sheet, row, T_AGENCY, agencies, reporterAgency, errors);
			if (id != null && agency != null && leads.containsKey(id) && !leads.get(id).contains(agency)) {
				errors.add(at(sheet, row, T_AGENCY) + ": cơ quan «" + agency + "» không chủ trì nhiệm vụ này");
			}
			String statusText = text(row.getCell(T_STATUS));
			int status = STATUS_LABELS.indexOf(statusText);
			if (status < 0) {
				errors.add(at(sheet, row, T_STATUS) + ": trạng thái «" + statusText + "» không có trong danh sách ("
						+ String.join(", ", STATUS_LABELS) + ")");
			}
			BigDecimal progress = number(sheet, row, T_PROGRESS, errors);
			if (progress != null && (progress.signum() < 0 || progress.compareTo(BigDecimal.valueOf(100)) > 0
					|| progress.scale() > 0 && progress.stripTrailingZeros().scale() > 0)) {
				errors.add(at(sheet, row, T_PROGRESS) + ": tiến độ phải là số nguyên từ 0 đến 100");
			}
			LocalDate done = date(sheet, row, T_DONE, errors);
			boolean finished = status >= 0 && "DONE".equals(STATUS_CODES.get(status));
			if (finished && done == null && !blankCell(row.getCell(T_DONE))) {
				// already reported as a bad date
			}
			else if (finished && done == null) {
				errors.add(at(sheet, row, T_DONE) + ": nhiệm vụ hoàn thành phải có ngày hoàn thành");
			}
			else if (!finished && status >= 0 && done != null) {
				errors.add(at(sheet, row, T_DONE) + ": chỉ ghi ngày hoàn thành khi trạng thái là «Hoàn thành»");
			}
			if (done != null && done.isAfter(LocalDate.now(clock))) {
				errors.add(at(sheet, row, T_DONE) + ": ngày hoàn thành " + VietFormat.date(done) + " ở tương lai");
			}
			if (errors.size() == before) {
				updates.add(new TaskUpdate(id, STATUS_CODES.get(status),
						progress == null ? null : progress.intValue(), done, at(sheet, row, T_STATUS)));
			}
		}
		return updates;
	}

	private List<Value> values(Sheet sheet, Map<Long, String> leads, Set<String> agencies, String reporterAgency,
			List<String> errors) {
		List<Value> values = new ArrayList<>();
		if (sheet == null) {
			return values;
		}
		for (Row row : sheet) {
			if (row.getRowNum() == 0 || blank(row, I_VALUE)) {
				continue;
			}
			if (blankCell(row.getCell(I_VALUE))) {
				continue; // no value entered for this year: nothing to store
			}
			int before = errors.size();
			Long id = id(sheet, row, I_ID, errors);
			if (id != null && !leads.containsKey(id)) {
				errors.add(at(sheet, row, I_ID) + ": chỉ tiêu mã số " + id + " không thuộc kế hoạch");
			}
			String agency = agency(sheet, row, I_AGENCY, agencies, reporterAgency, errors);
			if (id != null && agency != null && leads.containsKey(id) && !leads.get(id).contains(agency)) {
				errors.add(at(sheet, row, I_AGENCY) + ": cơ quan «" + agency + "» không chủ trì chỉ tiêu này");
			}
			BigDecimal year = number(sheet, row, I_YEAR, errors);
			if (year != null && (year.stripTrailingZeros().scale() > 0 || year.intValue() < 1990
					|| year.intValue() > 2100)) {
				errors.add(at(sheet, row, I_YEAR) + ": năm phải là số nguyên từ 1990 đến 2100");
			}
			else if (year == null && blankCell(row.getCell(I_YEAR))) {
				errors.add(at(sheet, row, I_YEAR) + ": thiếu năm");
			}
			String kindText = text(row.getCell(I_KIND));
			int kind = KIND_LABELS.indexOf(kindText);
			if (kind < 0) {
				errors.add(at(sheet, row, I_KIND) + ": loại số liệu «" + kindText + "» không có trong danh sách ("
						+ String.join(", ", KIND_LABELS) + ")");
			}
			BigDecimal value = number(sheet, row, I_VALUE, errors);
			if (errors.size() == before && value != null && year != null) {
				values.add(new Value(id, agency, year.intValue(), KIND_CODES.get(kind), value));
			}
		}
		return values;
	}

	/**
	 * Through the tracking workflow, so a workbook row gets the same checks, optimistic locking and audit records
	 * as an update through the API; one TASK_PROGRESS_IMPORTED record more tells the change came from a workbook.
	 */
	private int apply(TaskUpdate task, Actor actor) {
		Map<String, Object> current = jdbc.sql("SELECT status, progress, completed_on FROM task WHERE id = ?")
			.param(task.id())
			.query()
			.singleRow();
		LocalDate was = current.get("completed_on") == null ? null : ((Date) current.get("completed_on")).toLocalDate();
		boolean changed = taskProgress.reportState(task.id(), TaskStatus.valueOf(task.status()), task.progress(),
				task.completedOn(), "Cập nhật từ sổ nhập liệu Excel", actor);
		if (!changed) {
			return 0;
		}
		Map<String, Object> now = jdbc.sql("SELECT status, progress, completed_on FROM task WHERE id = ?")
			.param(task.id())
			.query()
			.singleRow();
		audit.record(actor.username(), "TASK_PROGRESS_IMPORTED", "task", Long.toString(task.id()),
				current.get("status") + " " + current.get("progress") + "% " + was,
				now.get("status") + " " + now.get("progress") + "% " + task.completedOn());
		return 1;
	}

	/**
	 * Who imports: the signed-in user's role and agency; a name without an account (a batch job) acts for the
	 * agency the import is limited to, else as the monitoring office.
	 */
	private Actor actor(String username, long documentId, String reporterAgency) {
		Optional<UserAccounts.Account> account = users.account(username);
		if (account.isPresent()) {
			return new Actor(username, account.get().role(), account.get().agencyId());
		}
		if (reporterAgency == null) {
			return new Actor(username, Role.MONITOR, null);
		}
		Long agencyId = jdbc.sql("""
				SELECT a.id FROM agency a JOIN document d ON d.locality_id = a.locality_id
				WHERE d.id = ? AND a.name = ? ORDER BY a.id""")
			.params(documentId, reporterAgency)
			.query(Long.class)
			.list()
			.stream()
			.findFirst()
			.orElse(null);
		return new Actor(username, Role.REPORTER, agencyId);
	}

	private Optional<BigDecimal> stored(Value value) {
		return jdbc.sql("""
				SELECT obs_value FROM observation WHERE indicator_id = ? AND period_kind = 'YEAR' AND period_year = ?
				AND period_index = 0 AND kind = ?""")
			.params(value.indicatorId(), value.year(), value.kind())
			.query(BigDecimal.class)
			.list()
			.stream()
			.findFirst();
	}

	private int store(Value value, String actor) {
		List<BigDecimal> existing = stored(value).stream().toList();
		if (!existing.isEmpty() && existing.get(0).compareTo(value.value()) == 0) {
			return 0;
		}
		jdbc.sql("""
				DELETE FROM observation WHERE indicator_id = ? AND period_kind = 'YEAR' AND period_year = ?
				AND period_index = 0 AND kind = ?""").params(value.indicatorId(), value.year(), value.kind()).update();
		jdbc.sql("""
				INSERT INTO observation (indicator_id, period_kind, period_year, period_index, kind, obs_value, source,
				                         author, recorded_at)
				VALUES (?, 'YEAR', ?, 0, ?, ?, 'Sổ nhập liệu Excel', ?, ?)""")
			.params(value.indicatorId(), value.year(), value.kind(), value.value(), actor, Timestamp.from(clock.instant()))
			.update();
		audit.record(actor, "OBSERVATION_IMPORTED", "indicator", Long.toString(value.indicatorId()),
				existing.isEmpty() ? null : value.year() + " " + value.kind() + " " + existing.get(0).toPlainString(),
				value.year() + " " + value.kind() + " " + value.value().toPlainString());
		return 1;
	}

	private Map<Long, List<String>> taskLeads(long documentId) {
		Map<Long, List<String>> leads = new HashMap<>();
		jdbc.sql("SELECT id FROM task WHERE document_id = ?").param(documentId).query(Long.class).list()
			.forEach(id -> leads.put(id, new ArrayList<>()));
		jdbc.sql("""
				SELECT ta.task_id, COALESCE(a.name, ta.name_as_written) AS agency FROM task_agency ta
				JOIN task t ON t.id = ta.task_id LEFT JOIN agency a ON a.id = ta.agency_id
				WHERE t.document_id = ? AND ta.role = 'LEAD'""")
			.param(documentId)
			.query((rs, n) -> leads.get(rs.getLong("task_id")).add(rs.getString("agency")))
			.list();
		return leads;
	}

	private Map<Long, String> indicatorLeads(long documentId) {
		Map<Long, String> leads = new HashMap<>();
		jdbc.sql("""
				SELECT i.id, COALESCE(a.name, i.lead_as_written, '') AS lead FROM indicator i
				LEFT JOIN agency a ON a.id = i.lead_agency_id WHERE i.document_id = ?""")
			.param(documentId)
			.query((rs, n) -> leads.put(rs.getLong("id"), rs.getString("lead")))
			.list();
		return leads;
	}

	private Long documentOf(Sheet meta) {
		Row row = meta.getRow(0);
		String text = row == null ? "" : text(row.getCell(1));
		try {
			long id = Long.parseLong(text);
			return jdbc.sql("SELECT COUNT(*) FROM document WHERE id = ?").param(id).query(Long.class).single() > 0 ? id
					: null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private String agency(Sheet sheet, Row row, int column, Set<String> agencies, String reporterAgency,
			List<String> errors) {
		String agency = text(row.getCell(column));
		if (agency.isEmpty()) {
			errors.add(at(sheet, row, column) + ": thiếu cơ quan báo cáo");
			return null;
		}
		if (!agencies.contains(agency)) {
			errors.add(at(sheet, row, column) + ": cơ quan «" + agency + "» không có trong kế hoạch");
			return null;
		}
		if (reporterAgency != null && !reporterAgency.equals(agency)) {
			errors.add(at(sheet, row, column) + ": chỉ được nhập số liệu của «" + reporterAgency + "»");
			return null;
		}
		return agency;
	}

	private static Long id(Sheet sheet, Row row, int column, List<String> errors) {
		Cell cell = row.getCell(column);
		try {
			if (cell != null && cell.getCellType() == CellType.NUMERIC) {
				double v = cell.getNumericCellValue();
				if (v == Math.rint(v)) {
					return (long) v;
				}
			}
			else {
				return Long.parseLong(text(cell));
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		errors.add(at(sheet, row, column) + ": mã số không hợp lệ (không sửa cột này)");
		return null;
	}

	// rule: numbers typed as text follow Vietnamese writing (1.234,5); a lone dot group of three digits is
	// a thousands separator (1.234 = 1234), any other dot a decimal point (12.5)
	private static BigDecimal number(Sheet sheet, Row row, int column, List<String> errors) {
		Cell cell = row.getCell(column);
		if (blankCell(cell)) {
			return null;
		}
		if (cell.getCellType() == CellType.NUMERIC || cell.getCellType() == CellType.FORMULA
				&& cell.getCachedFormulaResultType() == CellType.NUMERIC) {
			return new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros();
		}
		String text = text(cell).replace(" ", "").replace("\u00a0", "");
		String normalized;
		if (text.contains(",")) {
			normalized = text.replace(".", "").replace(',', '.');
		}
		else if (text.matches("-?\\d{1,3}(\\.\\d{3})+")) {
			normalized = text.replace(".", "");
		}
		else {
			normalized = text;
		}
		try {
			return new BigDecimal(normalized).stripTrailingZeros();
		}
		catch (NumberFormatException ex) {
			errors.add(at(sheet, row, column) + ": không phải số («" + text(cell) + "»)");
			return null;
		}
	}

	private static LocalDate date(Sheet sheet, Row row, int column, List<String> errors) {
		Cell cell = row.getCell(column);
		if (blankCell(cell)) {
			return null;
		}
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate();
		}
		try {
			return LocalDate.parse(text(cell), DAY);
		}
		catch (DateTimeParseException ex) {
			errors.add(at(sheet, row, column) + ": không phải ngày dd/mm/yyyy («" + text(cell) + "»)");
			return null;
		}
	}

	private static boolean blank(Row row, int lastColumn) {
		for (int c = 0; c <= lastColumn; c++) {
			if (!blankCell(row.getCell(c))) {
				return false;
			}
		}
		return true;
	}

	private static boolean blankCell(Cell cell) {
		return cell == null || cell.getCellType() == CellType.BLANK || text(cell).isEmpty();
	}

	private static String text(Cell cell) {
		return cell == null ? "" : new DataFormatter().formatCellValue(cell).strip();
	}

	private static String at(Sheet sheet, Row row, int column) {
		return sheet.getSheetName() + "!" + column(column) + (row.getRowNum() + 1);
	}
}
