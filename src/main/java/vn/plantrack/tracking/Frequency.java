package vn.plantrack.tracking;

/** How often a plan wants reports. */
public enum Frequency {

	MONTHLY("tháng", "MONTH"), SEMIANNUAL("6 tháng", "HALF"), YEARLY("năm", "YEAR");

	private final String label;

	private final String periodKind;

	Frequency(String label, String periodKind) {
		this.label = label;
		this.periodKind = periodKind;
	}

	public String label() {
		return label;
	}

	/** The observation period kind an indicator value reported in this cycle is stored under. */
	public String periodKind() {
		return periodKind;
	}
}
