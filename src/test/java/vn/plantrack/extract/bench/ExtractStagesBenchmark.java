package vn.plantrack.extract.bench;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

import vn.plantrack.extract.Extractor;
import vn.plantrack.ingest.TextExtraction;
import vn.plantrack.parse.PlanParser;

/**
 * Throughput of each stage of {@link ExtractBenchmark}'s "extract" apart, over the five seed documents: ingest
 * ({@code TextExtraction.extract} of the bytes), parse ({@code PlanParser} of the ingested text) and the whole
 * extractor ({@code Extractor.extract} of the ingested text, which includes the parse). Each figure is the best of
 * {@code rounds} rounds (CPU time of this thread, MB of source bytes per second): the end-to-end figure moves by
 * 10 % between runs on a shared machine, which hides a stage that got 1.5x faster but is a tenth of the work.
 * Usage: {@code ExtractStagesBenchmark [rounds]} (default 8).
 */
public final class ExtractStagesBenchmark {

	private static final String[] SEEDS = { "000_c86e37a0cf2b9f3d.txt", "001_7e4f77df858eca40.txt",
			"002_17c3b43f6ad53c25.txt", "003_dacd084119168aa7.txt", "004_37c5d7600e8f8767.txt" };

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private ExtractStagesBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
		List<byte[]> seeds = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		TextExtraction ingest = new TextExtraction();
		long seedBytes = 0;
		for (String name : SEEDS) {
			try (InputStream in = ExtractStagesBenchmark.class.getResourceAsStream("/samples/" + name)) {
				byte[] bytes = in.readAllBytes();
				seeds.add(bytes);
				texts.add(ingest.extract(name, bytes).text());
				seedBytes += bytes.length;
			}
		}
		Extractor extractor = new Extractor();
		PlanParser parser = new PlanParser();
		double bestIngest = 0;
		double bestParse = 0;
		double bestExtractor = 0;
		long sink = 0;
		for (int round = 1; round <= rounds; round++) {
			long start = THREADS.getCurrentThreadCpuTime();
			for (int k = 0; k < 100; k++) {
				for (int i = 0; i < SEEDS.length; i++) {
					sink += ingest.extract(SEEDS[i], seeds.get(i)).text().length();
				}
			}
			long ingested = THREADS.getCurrentThreadCpuTime();
			for (int k = 0; k < 20; k++) {
				for (int i = 0; i < SEEDS.length; i++) {
					sink += parser.parseLines(PlanParser.lines(texts.get(i))).lineCount();
				}
			}
			long parsed = THREADS.getCurrentThreadCpuTime();
			for (int k = 0; k < 20; k++) {
				for (int i = 0; i < SEEDS.length; i++) {
					sink += extractor.extract(SEEDS[i], texts.get(i)).tasks().size();
				}
			}
			long extracted = THREADS.getCurrentThreadCpuTime();
			double ingestRate = megabytesPerSecond(100 * seedBytes, ingested - start);
			double parseRate = megabytesPerSecond(20 * seedBytes, parsed - ingested);
			double extractorRate = megabytesPerSecond(20 * seedBytes, extracted - parsed);
			System.out.printf("round %d of %d: ingest %7.1f MB/s, parse %7.1f MB/s, extractor (parse included) %6.1f MB/s%n",
					round, rounds, ingestRate, parseRate, extractorRate);
			bestIngest = Math.max(bestIngest, ingestRate);
			bestParse = Math.max(bestParse, parseRate);
			bestExtractor = Math.max(bestExtractor, extractorRate);
		}
		System.out.printf("best of %d rounds: ingest %7.1f MB/s, parse %7.1f MB/s, extractor (parse included) %6.1f MB/s%n",
				rounds, bestIngest, bestParse, bestExtractor);
		if (sink == 42) {
			System.out.println();
		}
	}

	private static double megabytesPerSecond(long bytes, long nanos) {
		return (bytes / 1e6) / (nanos / 1e9);
	}
}
