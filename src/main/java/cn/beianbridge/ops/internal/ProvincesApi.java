package cn.beianbridge.ops.internal;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.beianbridge.submission.UploadFiles;

@RestController
@RequestMapping(OpsSecurityConfiguration.API + "/provinces")
@Tag(name = "Provinces", description = "Blocks and pauses of the provinces' gateways")
class ProvincesApi {

	private final ProvinceOperations provinces;

	private final UploadFileOperations files;

	ProvincesApi(ProvinceOperations provinces, UploadFileOperations files) {
		this.provinces = provinces;
		this.files = files;
	}

	@GetMapping
	@Operation(summary = "Every province with its block and pause")
	List<ProvinceOperations.ProvinceStatus> list() {
		return provinces.provinces();
	}

	@GetMapping("/{code}")
	ProvinceOperations.ProvinceStatus one(@PathVariable String code) {
		return provinces.province(code);
	}

	@GetMapping("/{code}/files")
	@Operation(summary = "The province's latest upload files, newest first")
	List<UploadFiles.UploadFile> files(@PathVariable String code) {
		return files.files(code);
	}

	@GetMapping("/{code}/files/{id}")
	@Operation(summary = "An upload file with every move it made and the bureau's msg_code")
	UploadFileOperations.FileHistory file(@PathVariable String code, @PathVariable long id) {
		return files.file(code, id);
	}

	@PostMapping("/{code}/files/{id}/reconcile")
	@Operation(summary = "Ask the bureau now whether it received an UNKNOWN file (OPERATOR)")
	Map<String, Object> reconcile(@PathVariable String code, @PathVariable long id, @RequestBody Reasoned body) {
		UploadFiles.Reconciled outcome = files.reconcile(code, id, body.reason());
		return Map.of("file", id, "outcome", outcome, "state", files.file(code, id).file().state());
	}

	@PostMapping("/{code}/lift-block")
	@Operation(summary = "Lift a block (OPERATOR); the province's blocked files go with the next submit run")
	Map<String, Object> liftBlock(@PathVariable String code, @RequestBody Reasoned body) {
		return Map.of("province", code, "filesBackToBuilt", provinces.liftBlock(code, body.reason()));
	}

	@PostMapping("/{code}/pause")
	@Operation(summary = "Pause the province's jobs (OPERATOR)")
	ProvinceOperations.ProvinceStatus pause(@PathVariable String code, @RequestBody Reasoned body) {
		provinces.pause(code, body.reason());
		return provinces.province(code);
	}

	@PostMapping("/{code}/resume")
	@Operation(summary = "Resume a paused province (OPERATOR)")
	ProvinceOperations.ProvinceStatus resume(@PathVariable String code, @RequestBody Reasoned body) {
		provinces.resume(code, body.reason());
		return provinces.province(code);
	}

}
