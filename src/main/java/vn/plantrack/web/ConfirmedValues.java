package vn.plantrack.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.plantrack.extract.Extraction;
import vn.plantrack.extract.IndicatorItem;
import vn.plantrack.extract.TaskItem;

/**
 * The review form of a plan already confirmed, filled from the registry: what the MONITOR confirmed (agencies,
 * periods, targets as corrected), not what extraction finds in the text today. Items are matched to registry
 * rows by their source line, in order when several come from the same line.
 */
@Component
class ConfirmedValues {

	private final JdbcClient jdbc;

	ConfirmedValues(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	ReviewForm formOf(long documentId, Extraction draft) {
		ReviewForm form = DraftCorrections.formOf(draft);
		Map<Integer, Deque<ReviewForm.ItemEdit>> tasks = byLine(taskRows(documentId));
		for (int i = 0; i < draft.tasks().size(); i++) {
			TaskItem task = draft.tasks().get(i);
			ReviewForm.ItemEdit stored = next(tasks, task.line());
			if (stored != null) {
				form.getTasks().set(i, stored);
			}
		}
		Map<Integer, Deque<ReviewForm.ItemEdit>> indicators = byLine(indicatorRows(documentId));
		for (int i = 0; i < draft.indicators().size(); i++) {
			IndicatorItem indicator = draft.indicators().get(i);
			ReviewForm.ItemEdit stored = next(indicators, indicator.line());
			if (stored != null) {
				form.getIndicators().set(i, stored);
			}
		}
		return form;
	}

	private record Row(Integer line, ReviewForm.ItemEdit edit) {
	}

	private List<Row> taskRows(long documentId) {
		Map<Long, List<String>> lead = new HashMap<>();
		Map<Long, List<String>> coordinating = new HashMap<>();
		jdbc.sql("""
				SELECT ta.task_id, ta.role, ta.name_as_written FROM task_agency ta JOIN task t ON t.id = ta.task_id
				WHERE t.document_id = ? ORDER BY ta.task_id, ta.position, ta.id""")
			.param(documentId)
			.query(rs -> {
				Map<Long, List<String>> side = "LEAD".equals(rs.getString(2)) ? lead : coordinating;
				side.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(3));
			});
		return jdbc.sql("SELECT id, source_line, period_raw FROM task WHERE document_id = ? ORDER BY id")
			.param(documentId)
			.query((rs, n) -> new Row((Integer) rs.getObject(2, Integer.class),
					new ReviewForm.ItemEdit(DraftCorrections.join(lead.get(rs.getLong(1))),
							DraftCorrections.join(coordinating.get(rs.getLong(1))),
							rs.getString(3) == null ? "" : rs.getString(3), "")))
			.list();
	}

	private List<Row> indicatorRows(long documentId) {
		return jdbc.sql("""
				SELECT i.source_line, i.lead_as_written, i.coordinating_as_written,
				       (SELECT MIN(t.raw_text) FROM target t WHERE t.indicator_id = i.id AND t.parent_id IS NULL AND t.cancelled_by_version IS NULL) AS target
				FROM indicator i WHERE i.document_id = ? ORDER BY i.id""")
			.param(documentId)
			.query((rs, n) -> new Row((Integer) rs.getObject(1, Integer.class),
					new ReviewForm.ItemEdit(nullToEmpty(rs.getString(2)), nullToEmpty(rs.getString(3)), "",
							nullToEmpty(rs.getString(4)))))
			.list();
	}

	private static Map<Integer, Deque<ReviewForm.ItemEdit>> byLine(List<Row> rows) {
		Map<Integer, Deque<ReviewForm.ItemEdit>> byLine = new HashMap<>();
		rows.forEach(r -> byLine.computeIfAbsent(r.line(), k -> new ArrayDeque<>()).add(r.edit()));
		return byLine;
	}

	private static ReviewForm.ItemEdit next(Map<Integer, Deque<ReviewForm.ItemEdit>> byLine, int line) {
		Deque<ReviewForm.ItemEdit> rows = byLine.get(line);
		return rows == null ? null : rows.poll();
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}
}
