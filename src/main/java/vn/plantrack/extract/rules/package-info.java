/**
 * Recognisers of Vietnamese values inside a cell or sentence: numbers, periods and deadlines, targets.
 * Published to other modules (evaluation reads targets with them).
 */
@org.springframework.modulith.NamedInterface("rules")
package vn.plantrack.extract.rules;
