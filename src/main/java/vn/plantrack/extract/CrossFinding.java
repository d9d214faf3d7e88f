package vn.plantrack.extract;

/**
 * A data problem seen only across documents (conflicting targets for one indicator, a duplicate symbol, a plan
 * linked to a parent of another province). {@code source}/{@code line} locate one side, {@code other} the other.
 */
public record CrossFinding(String kind, String source, int line, Location other, String message) {

	/** One side of a cross-document finding: a file and a 1-based line in it. */
	public record Location(String source, int line) {
	}
}
