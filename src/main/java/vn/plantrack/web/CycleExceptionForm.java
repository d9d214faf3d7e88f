package vn.plantrack.web;

/** A MONITOR's grant of an exception to a cycle's lock as typed: the agency, the new date (dd/MM/yyyy), why. */
public class CycleExceptionForm {

	private Long agencyId;

	private String newDueDate;

	private String reason;

	public Long getAgencyId() {
		return agencyId;
	}

	public void setAgencyId(Long agencyId) {
		this.agencyId = agencyId;
	}

	public String getNewDueDate() {
		return newDueDate;
	}

	public void setNewDueDate(String newDueDate) {
		this.newDueDate = newDueDate;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}
}
