package vn.plantrack.shared.concurrent;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A read that callers arriving together share, without any of them getting a stale answer: each caller gets the
 * result of a read that <em>started after it asked</em>. So whatever was committed before a caller asked is in its
 * answer, exactly as if it had read alone; only the number of reads drops.
 *
 * <p>Why: every held answer (overview figures, task lists, the overview page) first reads the change stamp, one
 * small query per request. Under 64 connections that query was most of a held answer's cost. With this, a
 * caller that finds a read in progress does not join it (it may have started before the caller's change
 * committed); it waits for the next one, which every caller arriving meanwhile shares.
 *
 * <p>At most two reads exist at a time: the one running and the one queued behind it. A failed read fails
 * every caller that shared it, with the read's own exception.
 */
public final class ReadAfterAsking<T> {

	private final Supplier<T> read;

	private final Object lock = new Object();

	/** The read in progress, if any (started before anyone now arriving asked: never joined). */
	private CompletableFuture<T> running;

	/** The read that starts when {@link #running} ends, shared by everyone who asks meanwhile. */
	private CompletableFuture<T> queued;

	public ReadAfterAsking(Supplier<T> read) {
		this.read = read;
	}

	public T get() {
		CompletableFuture<T> mine;
		CompletableFuture<T> before = null;
		boolean reader = true;
		synchronized (this.lock) {
			if (this.running == null) {
				mine = new CompletableFuture<>();
				this.running = mine;
			}
			else if (this.queued == null) {
				mine = new CompletableFuture<>();
				this.queued = mine;
				before = this.running;
			}
			else {
				mine = this.queued;
				reader = false;
			}
		}
		if (reader) {
			if (before != null) {
				awaitQuietly(before);
				synchronized (this.lock) {
					// from here on nobody joins this read: it is starting
					this.queued = null;
					this.running = mine;
				}
			}
			readInto(mine);
		}
		return result(mine);
	}

	private void readInto(CompletableFuture<T> target) {
		try {
			target.complete(this.read.get());
		}
		catch (RuntimeException | Error ex) {
			target.completeExceptionally(ex);
		}
		finally {
			synchronized (this.lock) {
				if (this.running == target) {
					this.running = null;
				}
			}
		}
	}

	private static void awaitQuietly(CompletableFuture<?> read) {
		try {
			read.join();
		}
		catch (RuntimeException ex) {
			// its readers get its failure; the queued read starts afresh
		}
	}

	private static <T> T result(CompletableFuture<T> read) {
		try {
			return read.join();
		}
		catch (CompletionException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}
}
