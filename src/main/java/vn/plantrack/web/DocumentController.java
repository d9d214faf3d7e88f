package vn.plantrack.web;

import java.io.IOException;
import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.plantrack.ingest.UnreadableDocumentException;
import vn.plantrack.registry.DocumentImport;
import vn.plantrack.registry.Documents;
import vn.plantrack.registry.ImportResult;
import vn.plantrack.search.SearchIndex;

/** The documents page: list, upload, and one document's text with its line numbers. */
@Controller
class DocumentController {

	private static final String LIST_VIEW = "documents/list";

	private static final String UPLOAD_VIEW = "documents/upload";

	private final Documents documents;

	private final DocumentImport documentImport;

	private final SearchIndex searchIndex;

	DocumentController(Documents documents, DocumentImport documentImport, SearchIndex searchIndex) {
		this.documents = documents;
		this.documentImport = documentImport;
		this.searchIndex = searchIndex;
	}

	@GetMapping("/documents")
	String list(Model model) {
		model.addAttribute("documents", documents.list());
		return LIST_VIEW;
	}

	@GetMapping("/documents/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("document", documents.findById(id).orElseThrow(() -> new NotFoundException("document " + id)));
		model.addAttribute("lines", documents.text(id).orElse("").split("\n", -1));
		return "documents/show";
	}

	@GetMapping("/documents/upload")
	String initUploadForm() {
		return UPLOAD_VIEW;
	}

	@PostMapping("/documents/upload")
	String processUploadForm(@RequestParam("file") MultipartFile file, Principal principal, Model model,
			RedirectAttributes redirect) throws IOException {
		if (file.isEmpty()) {
			model.addAttribute("error", "upload.error.empty");
			return UPLOAD_VIEW;
		}
		try {
			ImportResult result = documentImport.importFile(file.getOriginalFilename(), file.getBytes(),
					principal.getName());
			searchIndex.rebuild();
			redirect.addFlashAttribute("message", result.created() ? "upload.done" : "upload.duplicate");
			redirect.addFlashAttribute("messageArg", result.document().fileName());
			// the next step after an upload is reviewing what was extracted
			return "redirect:/documents/" + result.document().id() + "/review";
		}
		catch (UnreadableDocumentException ex) {
			model.addAttribute("errorText", ex.getMessage());
			return UPLOAD_VIEW;
		}
	}
}
