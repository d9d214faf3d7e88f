package vn.plantrack.web;

import java.util.ArrayList;
import java.util.List;

/**
 * What a MONITOR may correct in an extraction draft before confirming it, one entry per drafted task and
 * indicator in draft order. Agencies are written as one text, names separated by ";".
 */
public class ReviewForm {

	private int taskCount;

	private int indicatorCount;

	private List<ItemEdit> tasks = new ArrayList<>();

	private List<ItemEdit> indicators = new ArrayList<>();

	public int getTaskCount() {
		return taskCount;
	}

	public void setTaskCount(int taskCount) {
		this.taskCount = taskCount;
	}

	public int getIndicatorCount() {
		return indicatorCount;
	}

	public void setIndicatorCount(int indicatorCount) {
		this.indicatorCount = indicatorCount;
	}

	public List<ItemEdit> getTasks() {
		return tasks;
	}

	public void setTasks(List<ItemEdit> tasks) {
		this.tasks = tasks;
	}

	public List<ItemEdit> getIndicators() {
		return indicators;
	}

	public void setIndicators(List<ItemEdit> indicators) {
		this.indicators = indicators;
	}

	/** The editable fields of one drafted item; {@code period} for tasks, {@code target} for indicators. */
	public static class ItemEdit {

		private String lead = "";

		private String coordinating = "";

		private String period = "";

		private String target = "";

		public ItemEdit() {
		}

		ItemEdit(String lead, String coordinating, String period, String target) {
			this.lead = lead;
			this.coordinating = coordinating;
			this.period = period;
			this.target = target;
		}

		public String getLead() {
			return lead;
		}

		public void setLead(String lead) {
			this.lead = lead;
		}

		public String getCoordinating() {
			return coordinating;
		}

		public void setCoordinating(String coordinating) {
			this.coordinating = coordinating;
		}

		public String getPeriod() {
			return period;
		}

		public void setPeriod(String period) {
			this.period = period;
		}

		public String getTarget() {
			return target;
		}

		public void setTarget(String target) {
			this.target = target;
		}
	}
}
