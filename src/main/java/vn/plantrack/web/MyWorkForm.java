package vn.plantrack.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A REPORTER's periodic report as typed on the My work page. Numbers stay text until checked, so a value the
 * page cannot read comes back exactly as the user typed it, with the error next to it.
 */
public class MyWorkForm {

	private Long cycle;

	private Integer version;

	private String narrative;

	/** "draft" (Lưu nháp) or "submit" (Gửi báo cáo). */
	private String action;

	private List<TaskEntry> tasks = new ArrayList<>();

	private List<IndicatorEntry> indicators = new ArrayList<>();

	public Long getCycle() {
		return cycle;
	}

	public void setCycle(Long cycle) {
		this.cycle = cycle;
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public String getNarrative() {
		return narrative;
	}

	public void setNarrative(String narrative) {
		this.narrative = narrative;
	}

	public String getAction() {
		return action;
	}

	public void setAction(String action) {
		this.action = action;
	}

	public List<TaskEntry> getTasks() {
		return tasks;
	}

	public void setTasks(List<TaskEntry> tasks) {
		this.tasks = tasks;
	}

	public List<IndicatorEntry> getIndicators() {
		return indicators;
	}

	public void setIndicators(List<IndicatorEntry> indicators) {
		this.indicators = indicators;
	}

	/** One task line: the percent done and what was achieved; both blank means "nothing to report". */
	public static class TaskEntry {

		private Long taskId;

		private String percent;

		private String narrative;

		public TaskEntry() {
		}

		TaskEntry(Long taskId, String percent, String narrative) {
			this.taskId = taskId;
			this.percent = percent;
			this.narrative = narrative;
		}

		public Long getTaskId() {
			return taskId;
		}

		public void setTaskId(Long taskId) {
			this.taskId = taskId;
		}

		public String getPercent() {
			return percent;
		}

		public void setPercent(String percent) {
			this.percent = percent;
		}

		public String getNarrative() {
			return narrative;
		}

		public void setNarrative(String narrative) {
			this.narrative = narrative;
		}
	}

	/** One indicator value: kết quả thực hiện (ACTUAL) or ước thực hiện (ESTIMATE); blank means none. */
	public static class IndicatorEntry {

		private Long indicatorId;

		private String kind;

		private String value;

		public IndicatorEntry() {
		}

		IndicatorEntry(Long indicatorId, String kind, String value) {
			this.indicatorId = indicatorId;
			this.kind = kind;
			this.value = value;
		}

		public Long getIndicatorId() {
			return indicatorId;
		}

		public void setIndicatorId(Long indicatorId) {
			this.indicatorId = indicatorId;
		}

		public String getKind() {
			return kind;
		}

		public void setKind(String kind) {
			this.kind = kind;
		}

		public String getValue() {
			return value;
		}

		public void setValue(String value) {
			this.value = value;
		}
	}
}
