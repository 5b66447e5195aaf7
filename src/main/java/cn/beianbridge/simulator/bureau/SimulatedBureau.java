package cn.beianbridge.simulator.bureau;

import java.util.Optional;

import cn.beianbridge.bureau.BureauReturn;
import cn.beianbridge.province.Province;
import cn.beianbridge.simulator.bureau.BureauService.Operations;

/**
 * One call to a province's bureau, below the SOAP layer: authenticates the provider, then hands the operation to
 * its desk. Holds no state of its own: everything lives in the database, so any instance answers alike.
 */
class SimulatedBureau {

	private final UploadDesk uploads;

	private final DownloadDesk downloads;

	private final StatusDesk status;

	SimulatedBureau(UploadDesk uploads, DownloadDesk downloads, StatusDesk status) {
		this.uploads = uploads;
		this.downloads = downloads;
		this.status = status;
	}

	/** @throws ReceivedCall.MalformedCall when a parameter is missing or not a number */
	SimulatedReply answer(Province province, ReceivedCall call, FaultSwitches faults) {
		Optional<BureauReturn> refusal = ProviderAuthentication.refusal(province.gateway(), call);
		if (refusal.isPresent()) {
			return SimulatedReply.of(refusal.get());
		}
		return switch (call.operation()) {
			case Operations.UPLOAD -> uploads.upload(province, call, faults);
			case Operations.QUERY_PREVIOUS_UPLOAD -> uploads.previousUpload(province);
			case Operations.DOWNLOAD -> downloads.download(province, faults);
			case Operations.DOWNLOAD_ACK -> downloads.acknowledge(province, call.text("fileName"), faults);
			case Operations.QUERY_BEIAN_STATUS -> status.status(call.code("queryConditionType"),
					call.text("queryCondition"));
			case Operations.VERIFY_BAMM -> status.verifyPassword(province, call.text("baxh"), call.text("bamm"));
			default -> throw new ReceivedCall.MalformedCall("unknown operation " + call.operation());
		};
	}

}
