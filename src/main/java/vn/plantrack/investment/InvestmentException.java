package vn.plantrack.investment;

/** Bad input or a request the state does not allow; the message is one Vietnamese line for the user. */
public class InvestmentException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public InvestmentException(String message) {
		super(message);
	}
}
