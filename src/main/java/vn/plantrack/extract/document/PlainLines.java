package vn.plantrack.extract.document;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The lines as {@link MetadataReader#plainLines} makes them (markup removed, whitespace squeezed), computed when
 * a reader asks for one instead of held as a second list of the document: for a 100 MB text that list would be
 * another 200 MB of strings. Each {@link #get} squeezes its line again (the last one asked for is kept, readers
 * often ask twice in a row), so this view is for large documents, where memory matters more than the CPU.
 */
public final class PlainLines extends AbstractList<String> implements RandomAccess {

	private final List<String> lines;

	private int lastIndex = -1;

	private String last;

	private PlainLines(List<String> lines) {
		this.lines = lines;
	}

	/** A lazy view of {@code lines} made plain; not thread-safe (one extraction reads it). */
	public static List<String> view(List<String> lines) {
		return new PlainLines(lines);
	}

	@Override
	public String get(int index) {
		if (index != lastIndex) {
			last = MetadataReader.plain(lines.get(index));
			lastIndex = index;
		}
		return last;
	}

	@Override
	public int size() {
		return lines.size();
	}
}
