package vn.plantrack.api;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.plantrack.extract.Extraction;
import vn.plantrack.ingest.UnreadableDocumentException;
import vn.plantrack.registry.DocumentImport;
import vn.plantrack.registry.DocumentSummary;
import vn.plantrack.registry.Documents;
import vn.plantrack.registry.ImportResult;
import vn.plantrack.registry.PlanConfirmation;
import vn.plantrack.registry.PlanReview;

/** Documents as JSON: list, one, and upload (multipart field {@code file}). */
@RestController
@RequestMapping("/api/documents")
class DocumentsApiController {

	private final Documents documents;

	private final DocumentImport documentImport;

	private final PlanReview review;

	DocumentsApiController(Documents documents, DocumentImport documentImport, PlanReview review) {
		this.documents = documents;
		this.documentImport = documentImport;
		this.review = review;
	}

	@GetMapping
	List<DocumentSummary> list() {
		return documents.list();
	}

	@GetMapping("/{id}")
	ResponseEntity<DocumentSummary> one(@PathVariable long id) {
		return ResponseEntity.of(documents.findById(id));
	}

	/** 201 with the new document, or 200 with the existing one when the same bytes were stored before. */
	@PostMapping
	ResponseEntity<DocumentSummary> upload(@RequestParam("file") MultipartFile file, Principal principal)
			throws IOException, UnreadableDocumentException {
		ImportResult result = documentImport.importFile(file.getOriginalFilename(), file.getBytes(),
				principal.getName());
		if (!result.created()) {
			return ResponseEntity.ok(result.document());
		}
		return ResponseEntity.created(URI.create("/api/documents/" + result.document().id())).body(result.document());
	}

	/** The extraction draft a MONITOR reviews before confirming. */
	@GetMapping("/{id}/extraction")
	ResponseEntity<Extraction> extraction(@PathVariable long id) {
		return ResponseEntity.of(review.draft(id));
	}

	/**
	 * Registers the plan: the corrected extraction in the body when given, otherwise the draft as extracted.
	 * All-or-nothing; confirming again changes nothing ({@code changed: false}).
	 */
	@PostMapping("/{id}/confirm")
	ResponseEntity<PlanConfirmation.Confirmed> confirm(@PathVariable long id,
			@RequestBody(required = false) Extraction corrected, Principal principal) {
		return ResponseEntity.of(review.confirm(id, corrected, principal.getName()));
	}

	@ExceptionHandler(UnreadableDocumentException.class)
	ProblemDetail unreadable(UnreadableDocumentException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
		problem.setTitle("Unreadable document");
		return problem;
	}
}
