package vn.plantrack.parse;

/**
 * The only exception {@link PlanParser#parse(String)} throws: the input is null or larger than the parser
 * accepts. The message is one line naming the problem.
 */
public class PlanParseException extends RuntimeException {

	public PlanParseException(String message) {
		super(message);
	}
}
