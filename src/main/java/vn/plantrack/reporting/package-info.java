/**
 * Reporting: read models for dashboards and exported reports.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "registry", "tracking", "evaluation", "extract" })
package vn.plantrack.reporting;
