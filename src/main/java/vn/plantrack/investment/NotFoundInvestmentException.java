package vn.plantrack.investment;

/** The project, rule or checkpoint asked for does not exist. */
public class NotFoundInvestmentException extends InvestmentException {

	private static final long serialVersionUID = 1L;

	public NotFoundInvestmentException(String message) {
		super(message);
	}
}
