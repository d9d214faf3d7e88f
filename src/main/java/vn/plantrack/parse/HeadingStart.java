package vn.plantrack.parse;

/** A recognised heading line before it is placed in the tree. */
record HeadingStart(NumberingScheme scheme, String number, String title) {

	/** Decimal numbers nest by their number of components; other schemes have depth 1. */
	int decimalDepth() {
		return scheme == NumberingScheme.DECIMAL ? number.split("\\.").length : 1;
	}

	/** Whether an open heading {@code open} is closed by this one (same scheme and level, or deeper decimal). */
	boolean closes(HeadingStart open) {
		if (open.scheme != scheme) {
			return false;
		}
		return scheme != NumberingScheme.DECIMAL || open.decimalDepth() >= decimalDepth();
	}
}
