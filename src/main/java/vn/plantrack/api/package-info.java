/**
 * API: JSON endpoints under /api.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "registry", "tracking", "evaluation", "reporting", "ingest", "extract", "extract :: rules", "investment", "amendment" })
package vn.plantrack.api;
