package vn.plantrack.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.AbstractList;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The lines of a UTF-8 text file, read from the file when asked for: only where each line starts and how long it
 * is are held (12 bytes a line; a 100 MB document of 800,000 lines takes 10 MB), plus the few lines that the ingest
 * normalised (NFC, a dropped form feed or BOM, a vertical tab made a space), kept as text. A line is decoded from
 * a 256 KB window of the file read at a time, so the readers' passes from the first line to the last read the file
 * sequentially from the page cache, which the operating system shares and does not count in the process's memory.
 *
 * <p>The file must not change while the list is used (a local file being extracted). Read-only; {@link #get}
 * returns an equal but new string on every call, and throws {@link UncheckedIOException} when the file can no
 * longer be read. Not thread-safe: one extraction reads it.
 */
public final class FileLines extends AbstractList<String> implements RandomAccess {

	private static final int WINDOW_BYTES = 256 * 1024;

	private final Path file;

	private final long[] starts;

	private final int[] lengths;

	private final Map<Integer, String> normalised;

	private final ByteBuffer window = ByteBuffer.allocate(WINDOW_BYTES);

	private long windowStart = -1;

	private int windowLength;

	private int lastIndex = -1;

	private String last;

	/**
	 * @param starts byte offset in the file of each line's first byte
	 * @param lengths byte length of each line, without its line break
	 * @param normalised the lines whose text is not their bytes decoded, by index
	 */
	FileLines(Path file, long[] starts, int[] lengths, Map<Integer, String> normalised) {
		this.file = file;
		this.starts = starts;
		this.lengths = lengths;
		this.normalised = Map.copyOf(normalised);
	}

	@Override
	public String get(int index) {
		if (index < 0 || index >= starts.length) {
			throw new IndexOutOfBoundsException("line index " + index + " of " + starts.length);
		}
		if (index == lastIndex) {
			return last;
		}
		String text = normalised.get(index);
		if (text == null) {
			text = decode(starts[index], lengths[index]);
		}
		lastIndex = index;
		last = text;
		return text;
	}

	@Override
	public int size() {
		return starts.length;
	}

	private String decode(long start, int length) {
		if (length == 0) {
			return "";
		}
		try {
			if (length > WINDOW_BYTES) {
				// a line longer than the window is read on its own
				ByteBuffer line = ByteBuffer.allocate(length);
				readFully(line, start);
				return new String(line.array(), 0, length, StandardCharsets.UTF_8);
			}
			if (windowStart < 0 || start < windowStart || start + length > windowStart + windowLength) {
				window.clear();
				readFully(window, start);
				windowStart = start;
				windowLength = window.position();
				if (windowLength < length) {
					throw new IOException("the file is shorter than when it was read");
				}
			}
			return new String(window.array(), (int) (start - windowStart), length, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(file + ": cannot be read again (" + ex.getMessage() + ")", ex);
		}
	}

	// fills buffer from the file at position until it is full or the file ends
	private void readFully(ByteBuffer buffer, long position) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			long at = position;
			while (buffer.hasRemaining()) {
				int n = channel.read(buffer, at);
				if (n < 0) {
					break;
				}
				at += n;
			}
		}
	}
}
