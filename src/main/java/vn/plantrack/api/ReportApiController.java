package vn.plantrack.api;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.plantrack.reporting.DataEntryWorkbooks;
import vn.plantrack.reporting.PlanReports;
import vn.plantrack.reporting.ReportFormat;
import vn.plantrack.reporting.WorkbookRejectedException;
import vn.plantrack.tracking.TrackingException;

/** Consolidated reports as files, and the offline data-entry workbook of an agency (out and back in). */
@RestController
class ReportApiController {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final PlanReports reports;

	private final DataEntryWorkbooks workbooks;

	ReportApiController(PlanReports reports, DataEntryWorkbooks workbooks) {
		this.reports = reports;
		this.workbooks = workbooks;
	}

	@GetMapping("/api/documents/{id}/report")
	ResponseEntity<byte[]> report(@PathVariable long id, @RequestParam String cycle,
			@RequestParam(defaultValue = "docx") String format) {
		ReportFormat reportFormat = ReportFormat.parse(format);
		return reports.render(id, cycle, reportFormat)
			.map(r -> file(r.content(), reportFormat.mediaType(), r.fileName()))
			.orElse(ResponseEntity.notFound().build());
	}

	@GetMapping("/api/documents/{id}/workbook")
	ResponseEntity<byte[]> workbook(@PathVariable long id, @RequestParam String agency, @RequestParam String cycle,
			Principal principal) {
		Optional<String> own = workbooks.agencyOfUser(principal.getName());
		if (own.isPresent() && !own.get().equals(agency)) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
		}
		return workbooks.workbook(id, agency, cycle)
			.map(bytes -> file(bytes, XLSX, "so-nhap-lieu-" + id + "-" + cycle + ".xlsx"))
			.orElse(ResponseEntity.notFound().build());
	}

	@PostMapping("/api/submissions/workbook")
	@io.swagger.v3.oas.annotations.Operation(summary = "Nhập sổ nhập liệu Excel (XLSX) của cơ quan: tiến độ nhiệm vụ và số liệu chỉ tiêu",
			description = "REPORTER chỉ nhập các dòng của cơ quan mình; 422 kèm danh sách lỗi khi sổ bị từ chối; 409 khi kỳ báo cáo đã khóa với cơ quan (từ ngày hạn, trừ khi được gia hạn)")
	ResponseEntity<?> importWorkbook(@RequestParam("file") MultipartFile file, Principal principal)
			throws IOException {
		// a REPORTER may only enter its own agency's rows; the monitoring office any agency's
		String reporterAgency = workbooks.agencyOfUser(principal.getName()).orElse(null);
		try {
			return ResponseEntity.ok(workbooks.importWorkbook(file.getBytes(), principal.getName(), reporterAgency));
		}
		catch (WorkbookRejectedException ex) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
			problem.setProperty("errors", ex.errors());
			return ResponseEntity.unprocessableContent().body(problem);
		}
		catch (TrackingException ex) {
			// the cycle is locked for the agency (409), as when its report is saved or sent
			HttpStatus status = ex.kind() == TrackingException.Kind.CONFLICT ? HttpStatus.CONFLICT
					: HttpStatus.UNPROCESSABLE_CONTENT;
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
			problem.setTitle(status.getReasonPhrase());
			return ResponseEntity.status(status).body(problem);
		}
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badRequest(IllegalArgumentException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	private static ResponseEntity<byte[]> file(byte[] content, String mediaType, String fileName) {
		String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(mediaType))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''" + encoded)
			.body(content);
	}

}
