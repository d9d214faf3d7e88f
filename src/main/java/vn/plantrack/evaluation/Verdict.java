package vn.plantrack.evaluation;

/** The verdict on one target, with its Vietnamese label. */
public enum Verdict {

	EXCEEDED("VƯỢT", 4), MET("ĐẠT", 3), AT_RISK("CÓ NGUY CƠ KHÔNG ĐẠT", 2), NOT_MET("KHÔNG ĐẠT", 1),
	NO_DATA("CHƯA ĐỦ DỮ LIỆU", 0);

	private final String label;

	private final int rank;

	Verdict(String label, int rank) {
		this.label = label;
		this.rank = rank;
	}

	public String label() {
		return label;
	}

	/** Higher is better; {@link #NO_DATA} ranks below everything as it says nothing. */
	public int rank() {
		return rank;
	}

	public boolean achieved() {
		return this == MET || this == EXCEEDED;
	}
}
