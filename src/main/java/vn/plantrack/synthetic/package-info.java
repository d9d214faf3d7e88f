/**
 * Synthetic data: a deterministic country of plans, tasks, indicators and observations shaped like the real
 * documents, written straight into the configured database with batched inserts (COPY on PostgreSQL), so
 * the benchmarks can measure how each cost grows from one province to the whole country.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "registry" })
package vn.plantrack.synthetic;
