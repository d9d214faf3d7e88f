package vn.plantrack.parse;

/** Entry point of the parse core (document tree with source lines). Immutable; each call has fresh state. */
public class PlanParser {
}
