package vn.plantrack.extract;

import java.util.List;

import vn.plantrack.extract.review.CrossDocumentCheck;

/**
 * Published entry point for findings across documents (the module's sub-packages are internal): conflicting
 * targets and duplicate symbols within one locality, plans linked to a parent of another locality.
 */
public class CrossDocumentReview {

	public List<CrossFinding> check(List<Extraction> documents) {
		return CrossDocumentCheck.check(documents);
	}
}
