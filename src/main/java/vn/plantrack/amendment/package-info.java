/**
 * Amendments: later decisions that add, modify or cancel a confirmed plan's tasks and targets, the plan versions
 * they make, and the full history of every item.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "registry", "tracking" })
package vn.plantrack.amendment;
