package cn.beianbridge.simulator.bureau;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The services of one bureau under its endpoint, and the operations each offers. {@code isp_verifybamm} is
 * offered beside the status query as well as on its own path: the interface names both.
 */
enum BureauService {

	UP_DOWN_LOAD("ISPWebService/upDownLoad", Set.of(Operations.UPLOAD, Operations.DOWNLOAD, Operations.DOWNLOAD_ACK,
			Operations.QUERY_PREVIOUS_UPLOAD)),
	BEIAN_STATUS("BeianStatusWebService/queryBeianStatus", Set.of(Operations.QUERY_BEIAN_STATUS, Operations.VERIFY_BAMM)),
	VERIFY_BAMM("BeianStatusWebService/verifyBamm", Set.of(Operations.VERIFY_BAMM));

	private final String path;

	private final Set<String> operations;

	BureauService(String path, Set<String> operations) {
		this.path = path;
		this.operations = operations;
	}

	static Optional<BureauService> at(String path) {
		return Arrays.stream(values()).filter(service -> service.path.equals(path)).findFirst();
	}

	boolean offers(String operation) {
		return operations.contains(operation);
	}

	String path() {
		return path;
	}

	/** The operation (wrapper element) names. */
	static final class Operations {

		static final String UPLOAD = "isp_upload";

		static final String DOWNLOAD = "isp_download";

		static final String DOWNLOAD_ACK = "isp_downloadack";

		static final String QUERY_PREVIOUS_UPLOAD = "isp_querypreviousupload";

		static final String QUERY_BEIAN_STATUS = "isp_querybeianstatus";

		static final String VERIFY_BAMM = "isp_verifybamm";

		private Operations() {
		}

	}

}
