package vn.plantrack.api;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.json.JsonMapper;
import vn.plantrack.tracking.TaskProgress.TaskSummary;

/**
 * Writes a task list as the JSON array Jackson writes for a {@code List<TaskSummary>} (same names, same order,
 * ISO dates, enum names, nulls written), but line by line as tracking hands the tasks over, with the names
 * encoded once: the generic record serialisation was a third of an uncached /api/tasks call (JFR, bench/tasks-query).
 * TaskListJsonTests holds the two outputs equal.
 */
final class TaskListJson {

	private static final SerializableString ID = new SerializedString("id");

	private static final SerializableString DOCUMENT_ID = new SerializedString("documentId");

	private static final SerializableString CODE = new SerializedString("code");

	private static final SerializableString TITLE = new SerializedString("title");

	private static final SerializableString STATUS = new SerializedString("status");

	private static final SerializableString STATUS_LABEL = new SerializedString("statusLabel");

	private static final SerializableString STATUS_CLASS = new SerializedString("statusClass");

	private static final SerializableString STATUS_CLASS_LABEL = new SerializedString("statusClassLabel");

	private static final SerializableString PROGRESS = new SerializedString("progress");

	private static final SerializableString DUE = new SerializedString("due");

	private static final SerializableString VERSION = new SerializedString("version");

	private TaskListJson() {
	}

	/**
	 * @param source hands each task of the list to the consumer it is given, in order, and returns the size of the
	 * whole list
	 */
	static TaskListAnswers.Answer write(JsonMapper json, ToLongFunction<Consumer<TaskSummary>> source) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
		long total;
		try (JsonGenerator generator = json.createGenerator(out)) {
			generator.writeStartArray();
			total = source.applyAsLong(task -> line(generator, task));
			generator.writeEndArray();
		}
		return new TaskListAnswers.Answer(out.toByteArray(), total);
	}

	private static void line(JsonGenerator out, TaskSummary task) {
		out.writeStartObject();
		out.writeName(ID);
		out.writeNumber(task.id());
		out.writeName(DOCUMENT_ID);
		out.writeNumber(task.documentId());
		out.writeName(CODE);
		out.writeString(task.code());
		out.writeName(TITLE);
		out.writeString(task.title());
		out.writeName(STATUS);
		out.writeString(task.status() == null ? null : task.status().name());
		out.writeName(STATUS_LABEL);
		out.writeString(task.statusLabel());
		out.writeName(STATUS_CLASS);
		out.writeString(task.statusClass() == null ? null : task.statusClass().name());
		out.writeName(STATUS_CLASS_LABEL);
		out.writeString(task.statusClassLabel());
		out.writeName(PROGRESS);
		out.writeNumber(task.progress());
		out.writeName(DUE);
		LocalDate due = task.due();
		out.writeString(due == null ? null : due.toString());
		out.writeName(VERSION);
		out.writeNumber(task.version());
		out.writeEndObject();
	}
}
