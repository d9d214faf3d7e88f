/**
 * Public investment: projects registered from plans, their yearly capital plans and adjustments, monthly
 * disbursements (corrections kept as revisions), the checkpoints a locality sets (30/6 under 50% → recover
 * or reallocate...), frozen checkpoint lists, roll-ups, rankings, the monthly report and its Excel import.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "registry", "extract" })
package vn.plantrack.investment;
