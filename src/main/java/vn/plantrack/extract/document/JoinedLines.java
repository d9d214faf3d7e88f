package vn.plantrack.extract.document;

import java.util.List;

/**
 * The non-empty lines of a document joined with single spaces, as a {@link CharSequence} that asks the list for a
 * line only when a character of it is read, instead of one string of the whole document (for a 100 MB text, 200 MB
 * of chars). The citation reader scans it from start to end, so the line being read is kept; a jump back into an
 * earlier line (a regex look-behind, the 60 characters before a symbol) finds it by binary search.
 */
final class JoinedLines implements CharSequence {

	private final List<String> lines;

	// for each kept (non-empty) line: its offset in the joined text and its index in lines
	private final int[] starts;

	private final int[] indexes;

	private final int length;

	private int cachedLine = -1;

	private String cachedText = "";

	private int cachedStart;

	JoinedLines(List<String> lines, int[] starts, int[] indexes, int length) {
		this.lines = lines;
		this.starts = starts;
		this.indexes = indexes;
		this.length = length;
	}

	@Override
	public int length() {
		return length;
	}

	@Override
	public char charAt(int offset) {
		if (offset < 0 || offset >= length) {
			throw new IndexOutOfBoundsException("offset " + offset + " of " + length);
		}
		int at = offset - cachedStart;
		if (cachedLine < 0 || at < 0 || at > cachedText.length()) {
			load(keptLineAt(offset));
			at = offset - cachedStart;
		}
		// the position just after a line is the joining space
		return at == cachedText.length() ? ' ' : cachedText.charAt(at);
	}

	@Override
	public CharSequence subSequence(int start, int end) {
		if (start < 0 || end > length || start > end) {
			throw new IndexOutOfBoundsException("range " + start + ".." + end + " of " + length);
		}
		StringBuilder out = new StringBuilder(end - start);
		for (int i = start; i < end; i++) {
			out.append(charAt(i));
		}
		return out.toString();
	}

	@Override
	public String toString() {
		return subSequence(0, length).toString();
	}

	/** The index among the kept lines of the line holding {@code offset}. */
	int keptLineAt(int offset) {
		return lineHolding(starts, offset);
	}

	/** In ascending line starts, the index of the last one at or before {@code offset} (0 when none is). */
	static int lineHolding(int[] starts, int offset) {
		int low = 0;
		int high = starts.length - 1;
		while (low < high) {
			int mid = (low + high + 1) >>> 1;
			if (starts[mid] <= offset) {
				low = mid;
			}
			else {
				high = mid - 1;
			}
		}
		return low;
	}

	private void load(int kept) {
		cachedLine = kept;
		cachedStart = starts[kept];
		cachedText = lines.get(indexes[kept]);
	}
}
