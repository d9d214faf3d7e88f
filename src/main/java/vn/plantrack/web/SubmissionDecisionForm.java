package vn.plantrack.web;

/** A MONITOR's decision on a report: the comment a return needs, and the version of the report that was read. */
public class SubmissionDecisionForm {

	private String comment;

	private Integer version;

	public String getComment() {
		return comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}
}
