package vn.plantrack.registry;

import vn.plantrack.extract.Extraction;

/**
 * A reviewed plan was written to the registry. Published inside the confirming transaction, so a listener
 * that registers more of the plan (its projects) succeeds or fails together with it.
 */
public record PlanConfirmed(long documentId, Extraction reviewed, String actor) {
}
