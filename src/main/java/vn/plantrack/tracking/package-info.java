/**
 * Tracking: progress updates, observations, reporting cycles and submissions.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "registry", "extract", "extract :: rules" })
package vn.plantrack.tracking;
