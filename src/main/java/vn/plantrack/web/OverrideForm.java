package vn.plantrack.web;

/** A MONITOR's verdict override: the verdict that should count and why. */
public class OverrideForm {

	private String verdict;

	private String reason;

	public String getVerdict() {
		return verdict;
	}

	public void setVerdict(String verdict) {
		this.verdict = verdict;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}
}
