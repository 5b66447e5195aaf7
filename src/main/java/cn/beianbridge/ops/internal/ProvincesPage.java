package cn.beianbridge.ops.internal;

import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping(OpsSecurityConfiguration.PAGES + "/provinces")
class ProvincesPage {

	private static final String BACK = OpsSecurityConfiguration.PAGES + "/provinces";

	private final ProvinceOperations provinces;

	private final UploadFileOperations files;

	ProvincesPage(ProvinceOperations provinces, UploadFileOperations files) {
		this.provinces = provinces;
		this.files = files;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("provinces", provinces.provinces());
		return "ops/provinces";
	}

	/** The province's gateway state and its latest upload files, each with its moves. */
	@GetMapping("/{code}")
	String detail(@PathVariable String code, Model model) {
		model.addAttribute("province", provinces.province(code));
		List<UploadFileOperations.FileHistory> histories = files.files(code)
			.stream()
			.map(file -> files.file(code, file.id()))
			.toList();
		model.addAttribute("files", histories);
		return "ops/province";
	}

	@GetMapping("/{code}/files/{id}/sent")
	ResponseEntity<byte[]> sent(@PathVariable String code, @PathVariable long id) {
		UploadFileOperations.SentFile file = files.sent(code, id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName()).build().toString())
			.body(file.zip());
	}

	@PostMapping("/{code}/files/{id}/reconcile")
	String reconcile(@PathVariable String code, @PathVariable long id, @RequestParam(required = false) String reason,
			RedirectAttributes flash) {
		return PageActions.run(flash, BACK + "/" + code, () -> "Upload file " + id + " reconciled: "
				+ files.reconcile(code, id, reason));
	}

	@PostMapping("/{code}/lift-block")
	String liftBlock(@PathVariable String code, @RequestParam(required = false) String reason,
			RedirectAttributes flash) {
		return PageActions.run(flash, BACK, () -> "Province " + code + ": block lifted, "
				+ provinces.liftBlock(code, reason) + " file(s) go with the next submit run");
	}

	@PostMapping("/{code}/pause")
	String pause(@PathVariable String code, @RequestParam(required = false) String reason, RedirectAttributes flash) {
		return PageActions.run(flash, BACK, () -> {
			provinces.pause(code, reason);
			return "Province " + code + " paused";
		});
	}

	@PostMapping("/{code}/resume")
	String resume(@PathVariable String code, @RequestParam(required = false) String reason,
			RedirectAttributes flash) {
		return PageActions.run(flash, BACK, () -> {
			provinces.resume(code, reason);
			return "Province " + code + " resumed";
		});
	}

}
