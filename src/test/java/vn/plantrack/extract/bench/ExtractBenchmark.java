package vn.plantrack.extract.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import vn.plantrack.extract.Extraction;
import vn.plantrack.extract.Extractor;
import vn.plantrack.ingest.IngestedText;
import vn.plantrack.ingest.TextExtraction;
import vn.plantrack.ingest.UnreadableDocumentException;

/**
 * Extraction throughput (MB/s of source bytes) over the five seed documents replicated past a volume,
 * beside the floor: merely decoding the same bytes and splitting them into lines. Prints both and their
 * ratio from one run. Times are CPU time of the benchmark thread (single-threaded, like one upload). Both are
 * measured {@code runs} times, alternating floor and extract over the same volume, and each figure is the best of
 * its runs (every run is printed): on a shared machine a single floor run swung between 120 and 210 MB/s, and the
 * best run is the one least disturbed. Usage: {@code ExtractBenchmark [megabytes] [runs]} (defaults 50 and 3).
 */
public final class ExtractBenchmark {

	private static final String[] SEEDS = { "000_c86e37a0cf2b9f3d.txt", "001_7e4f77df858eca40.txt",
			"002_17c3b43f6ad53c25.txt", "003_dacd084119168aa7.txt", "004_37c5d7600e8f8767.txt" };

	private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory
		.getThreadMXBean();

	private ExtractBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		long volume = (args.length > 0 ? Long.parseLong(args[0]) : 50) * 1_000_000L;
		int runs = args.length > 1 ? Math.max(1, Integer.parseInt(args[1])) : 3;
		List<byte[]> seeds = new ArrayList<>();
		for (String name : SEEDS) {
			try (InputStream in = ExtractBenchmark.class.getResourceAsStream("/samples/" + name)) {
				seeds.add(in.readAllBytes());
			}
		}
		// warm-up: let the JIT compile both paths before measuring
		run(seeds, 5_000_000L, true);
		run(seeds, 5_000_000L, false);

		Result floor = null;
		Result full = null;
		for (int r = 1; r <= runs; r++) {
			Result floorRun = run(seeds, volume, false);
			Result fullRun = run(seeds, volume, true);
			System.out.printf("run %d of %d: floor %8.1f MB/s, extract %8.1f MB/s, ratio %.3f%n", r, runs,
					floorRun.megabytesPerSecond(), fullRun.megabytesPerSecond(),
					fullRun.megabytesPerSecond() / floorRun.megabytesPerSecond());
			floor = floor == null || floorRun.nanos < floor.nanos ? floorRun : floor;
			full = full == null || fullRun.nanos < full.nanos ? fullRun : full;
		}
		System.out.printf("input: %d seed documents replicated to %.1f MB (%d documents)%n", seeds.size(),
				full.bytes / 1e6, full.documents);
		System.out.printf("floor (decode UTF-8 + split lines): %8.1f MB/s%n", floor.megabytesPerSecond());
		System.out.printf("extract (ingest + parse + extract): %8.1f MB/s  (%d tasks, %d indicators found)%n",
				full.megabytesPerSecond(), full.tasks, full.indicators);
		System.out.printf("ratio extract/floor: %.3f (goal >= 0.100)%n", full.megabytesPerSecond() / floor.megabytesPerSecond());
		System.out.printf("(floor and extract above: the best of %d alternating runs each, all printed above)%n", runs);
	}

	private static Result run(List<byte[]> seeds, long volume, boolean extract)
			throws IOException, UnreadableDocumentException {
		TextExtraction ingest = new TextExtraction();
		Extractor extractor = new Extractor();
		long bytes = 0;
		long documents = 0;
		long tasks = 0;
		long indicators = 0;
		long sink = 0;
		// CPU time of this thread, not wall time: other processes on a shared 2-core machine don't skew it
		long start = THREADS.getCurrentThreadCpuTime();
		while (bytes < volume) {
			byte[] seed = seeds.get((int) (documents % seeds.size()));
			if (extract) {
				IngestedText text = ingest.extract(SEEDS[(int) (documents % seeds.size())], seed);
				Extraction extraction = extractor.extract(text.source(), text.text());
				tasks += extraction.tasks().size();
				indicators += extraction.indicators().size();
			}
			else {
				String text = new String(seed, StandardCharsets.UTF_8);
				sink += text.split("\n", -1).length;
			}
			bytes += seed.length;
			documents++;
		}
		long nanos = THREADS.getCurrentThreadCpuTime() - start;
		if (sink < 0) {
			System.out.println(sink);
		}
		return new Result(bytes, documents, nanos, tasks, indicators);
	}

	private record Result(long bytes, long documents, long nanos, long tasks, long indicators) {

		double megabytesPerSecond() {
			return (bytes / 1e6) / (nanos / 1e9);
		}
	}
}
