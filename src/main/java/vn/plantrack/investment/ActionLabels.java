package vn.plantrack.investment;

/** Vietnamese names of the actions, as a report prints them. */
public final class ActionLabels {

	private ActionLabels() {
	}

	public static String vietnamese(ThresholdAction action) {
		if (action == null) {
			return "";
		}
		return switch (action) {
			case RECOVER_OR_REALLOCATE -> "Thu hồi, điều chuyển vốn";
			case EXPLANATION_REQUEST -> "Yêu cầu giải trình";
			case REMINDER -> "Nhắc nhở, điều chỉnh kế hoạch";
		};
	}

	public static String funding(FundingGroup group) {
		return group == FundingGroup.NSNN ? "Ngân sách nhà nước" : "Ngoài ngân sách";
	}
}
