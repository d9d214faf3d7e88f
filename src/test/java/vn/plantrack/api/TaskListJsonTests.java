package vn.plantrack.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;
import vn.plantrack.tracking.StatusClass;
import vn.plantrack.tracking.TaskProgress.TaskSummary;
import vn.plantrack.tracking.TaskStatus;

/** The hand-written task list JSON is byte for byte what Jackson writes for the same records. */
class TaskListJsonTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void aListIsWrittenExactlyAsJacksonWritesItsRecordsNullsAndVietnameseIncluded() {
		List<TaskSummary> tasks = List.of(
				new TaskSummary(7, 3, "2", "Chuẩn bị tổ chức Hội nghị xúc tiến đầu tư tỉnh Sơn La năm 2021 \"lần 1\"\n",
						TaskStatus.DONE, TaskStatus.DONE.label(), StatusClass.HOAN_THANH_QUA_HAN,
						StatusClass.HOAN_THANH_QUA_HAN.label(), 100, LocalDate.of(2021, 3, 31), 4),
				new TaskSummary(8, 3, null, "Nhiệm vụ thường xuyên", TaskStatus.NOT_STARTED, TaskStatus.NOT_STARTED.label(),
						StatusClass.THUONG_XUYEN, StatusClass.THUONG_XUYEN.label(), 0, null, 0));

		TaskListAnswers.Answer written = TaskListJson.write(JSON, sink -> {
			tasks.forEach(sink);
			return 12;
		});

		assertThat(new String(written.json(), StandardCharsets.UTF_8)).isEqualTo(JSON.writeValueAsString(tasks));
		assertThat(written.total()).isEqualTo(12);
	}

	@Test
	void anEmptyListIsAnEmptyArray() {
		assertThat(new String(TaskListJson.write(JSON, sink -> 0).json(), StandardCharsets.UTF_8)).isEqualTo("[]");
	}
}
