/**
 * Reporting: read models for dashboards and exported reports.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "registry", "tracking", "evaluation" })
package vn.plantrack.reporting;
