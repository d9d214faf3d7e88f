package vn.plantrack.investment;

/** The request contradicts stored state (a frozen checkpoint, a checkpoint not yet reached). */
public class ConflictInvestmentException extends InvestmentException {

	private static final long serialVersionUID = 1L;

	public ConflictInvestmentException(String message) {
		super(message);
	}
}
