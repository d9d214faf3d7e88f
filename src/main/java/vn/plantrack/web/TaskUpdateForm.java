package vn.plantrack.web;

/**
 * A task update from its lead agency or the monitoring office: a status change (status, date dd/MM/yyyy,
 * reason) or a progress report (percent, narrative). {@code version} is the task version the page showed.
 */
public class TaskUpdateForm {

	private String status;

	private String on;

	private String reason;

	private Integer percent;

	private String narrative;

	private Integer version;

	public String getStatus() {
		return status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public String getOn() {
		return on;
	}

	public void setOn(String on) {
		this.on = on;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public Integer getPercent() {
		return percent;
	}

	public void setPercent(Integer percent) {
		this.percent = percent;
	}

	public String getNarrative() {
		return narrative;
	}

	public void setNarrative(String narrative) {
		this.narrative = narrative;
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}
}
