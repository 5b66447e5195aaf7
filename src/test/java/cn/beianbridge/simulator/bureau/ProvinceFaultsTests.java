package cn.beianbridge.simulator.bureau;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProvinceFaultsTests {

	private final ProvinceFaults faults = new ProvinceFaults();

	@Test
	void aChangeTouchesOnlyTheSwitchesItNames() {
		faults.maintenanceUploads(true).replyDelay(Duration.ofSeconds(2));

		faults.change(new FaultSwitches.Change(null, true, null, null, null, null, null, null, null, null, null, null, null,
				null));

		assertThat(faults.current()).isEqualTo(new FaultSwitches(true, true, false, 0, 2000, 0, 0, 0, 0, 0, null, 0, null, 0, 0, 0));
	}

	@Test
	void refusedUploadsAreUsedUpWithTheirCodeAndNeedOne() {
		faults.refuseUploads(2, 5);

		assertThat(faults.takeRefusedUpload()).hasValue(5);
		assertThat(faults.takeRefusedUpload()).hasValue(5);
		assertThat(faults.takeRefusedUpload()).isEmpty();
		assertThatThrownBy(() -> faults.refuseUploads(1, 0)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void countedFaultsAreUsedUpOneCallAtATime() {
		faults.soapFaults(2).dropUploadReplies(1);

		assertThat(faults.takeSoapFault()).isTrue();
		assertThat(faults.takeSoapFault()).isTrue();
		assertThat(faults.takeSoapFault()).isFalse();
		assertThat(faults.takeDroppedUploadReply()).isTrue();
		assertThat(faults.takeDroppedUploadReply()).isFalse();
		assertThat(faults.takeMalformedReturn()).isFalse();
	}

	@Test
	void acknowledgementFaultsAreCountedApart() {
		faults.lostAcks(1).dropAckReplies(1);

		assertThat(faults.takeSoapFault()).isFalse();
		assertThat(faults.takeLostAck()).isTrue();
		assertThat(faults.takeLostAck()).isFalse();
		assertThat(faults.takeDroppedAckReply()).isTrue();
		assertThat(faults.current()).isEqualTo(FaultSwitches.NONE);
	}

	@Test
	void refusesNegativeValuesNamingTheField() {
		assertThatThrownBy(() -> faults.pendingLimit(-1)).hasMessageContaining("pendingLimit");
		assertThat(faults.current()).isEqualTo(FaultSwitches.NONE);
	}

	@Test
	void aForcedDecisionCarriesACodeThatFitsIt() {
		assertThat(ForcedDecision.of(Decision.REJECT).resultCode()).isEqualTo(1002);
		assertThatThrownBy(() -> new ForcedDecision(Decision.APPROVE, 1005)).hasMessageContaining("APPROVE");
		assertThatThrownBy(() -> new ForcedDecision(Decision.REFUSE, 1001)).hasMessageContaining("1003-1099");
	}

}
