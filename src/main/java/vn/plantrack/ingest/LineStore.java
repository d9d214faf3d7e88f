package vn.plantrack.ingest;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The lines of a document held compactly: each line's UTF-8 bytes packed into 1 MiB pages, decoded again
 * on every {@link #get}. A 100 MB Vietnamese text takes about 100 MB here instead of about 200 MB as Java
 * strings (Vietnamese letters make a string two bytes a character) plus 40 bytes a line of string headers,
 * so the whole document stays in memory once, compactly, while the readers walk it line by line.
 *
 * <p>Read-only once built (an unmodifiable, random-access {@code List<String>}); {@link #get} returns an
 * equal but new string each call (except the last line asked for, kept because readers often ask twice).
 */
public final class LineStore extends AbstractList<String> implements RandomAccess {

	private static final int PAGE_BYTES = 1 << 20;

	private final List<byte[]> pages;

	// per line: the page it is in, its first byte and its length in bytes (a line never spans two pages)
	private final int[] page;

	private final int[] start;

	private final int[] length;

	private final int size;

	private volatile Last last;

	private record Last(int index, String text) {
	}

	private LineStore(List<byte[]> pages, int[] page, int[] start, int[] length, int size) {
		this.pages = pages;
		this.page = page;
		this.start = start;
		this.length = length;
		this.size = size;
	}

	/** A store of {@code lines} (tests and small texts). */
	public static LineStore of(List<String> lines) {
		Builder builder = new Builder();
		for (String line : lines) {
			builder.add(line);
		}
		return builder.build();
	}

	@Override
	public String get(int index) {
		if (index < 0 || index >= size) {
			throw new IndexOutOfBoundsException("line index " + index + " of " + size);
		}
		Last cached = last;
		if (cached != null && cached.index == index) {
			return cached.text;
		}
		String text = new String(pages.get(page[index]), start[index], length[index], StandardCharsets.UTF_8);
		last = new Last(index, text);
		return text;
	}

	@Override
	public int size() {
		return size;
	}

	/** Bytes held for the text (pages), for the memory figures. */
	public long bytesHeld() {
		long total = 0;
		for (byte[] p : pages) {
			total += p.length;
		}
		return total + 12L * page.length;
	}

	/** Collects lines in order; {@link #build} ends it. Not thread-safe. */
	public static final class Builder {

		private final List<byte[]> pages = new ArrayList<>();

		private byte[] current;

		private int used;

		private int[] page = new int[1024];

		private int[] start = new int[1024];

		private int[] length = new int[1024];

		private int size;

		private long characters;

		public Builder add(String line) {
			byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
			if (current == null || used + bytes.length > current.length) {
				// a line longer than a page gets a page of its own size
				current = new byte[Math.max(PAGE_BYTES, bytes.length)];
				pages.add(current);
				used = 0;
			}
			System.arraycopy(bytes, 0, current, used, bytes.length);
			if (size == page.length) {
				int grown = size + (size >> 1);
				page = Arrays.copyOf(page, grown);
				start = Arrays.copyOf(start, grown);
				length = Arrays.copyOf(length, grown);
			}
			page[size] = pages.size() - 1;
			start[size] = used;
			length[size] = bytes.length;
			size++;
			used += bytes.length;
			characters += line.length();
			return this;
		}

		/** Lines added so far. */
		public int size() {
			return size;
		}

		/** Characters of the text so far: every line plus the '\n' between two lines. */
		public long characters() {
			return characters + Math.max(0, size - 1);
		}

		public LineStore build() {
			if (current != null && used < current.length && pages.size() > 0) {
				// the last page trimmed to what it holds
				pages.set(pages.size() - 1, Arrays.copyOf(current, used));
			}
			return new LineStore(List.copyOf(pages), Arrays.copyOf(page, size), Arrays.copyOf(start, size),
					Arrays.copyOf(length, size), size);
		}
	}
}
