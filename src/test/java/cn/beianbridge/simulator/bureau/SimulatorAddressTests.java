package cn.beianbridge.simulator.bureau;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SimulatorAddressTests {

	@Test
	void readsTheProvinceAndServiceFromThePath() {
		assertThat(SimulatorAddress.parse("/33/ISPWebService/upDownLoad"))
			.contains(new SimulatorAddress("33", BureauService.UP_DOWN_LOAD));
		assertThat(SimulatorAddress.parse("/51/BeianStatusWebService/queryBeianStatus/"))
			.contains(new SimulatorAddress("51", BureauService.BEIAN_STATUS));
		assertThat(SimulatorAddress.parse("/51/BeianStatusWebService/verifyBamm"))
			.contains(new SimulatorAddress("51", BureauService.VERIFY_BAMM));
	}

	@Test
	void anythingElseIsNoAddress() {
		assertThat(SimulatorAddress.parse("/33/ISPWebService")).isEmpty();
		assertThat(SimulatorAddress.parse("/333/ISPWebService/upDownLoad")).isEmpty();
		assertThat(SimulatorAddress.parse(null)).isEmpty();
	}

	@Test
	void eachServiceOffersItsOperations() {
		assertThat(BureauService.UP_DOWN_LOAD.offers("isp_upload")).isTrue();
		assertThat(BureauService.UP_DOWN_LOAD.offers("isp_verifybamm")).isFalse();
		assertThat(BureauService.BEIAN_STATUS.offers("isp_verifybamm")).isTrue();
	}

}
