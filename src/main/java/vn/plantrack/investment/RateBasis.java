package vn.plantrack.investment;

/** What a checkpoint compares with its minimum rate. */
public enum RateBasis {
	/** cumulative disbursement through the checkpoint over the plan in force then */
	CUMULATIVE,
	/** the linear year-end forecast from the pace so far over the plan */
	FORECAST
}
