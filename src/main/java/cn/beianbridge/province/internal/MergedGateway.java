package cn.beianbridge.province.internal;

import java.util.function.UnaryOperator;

import org.springframework.core.env.PropertyResolver;

import cn.beianbridge.province.internal.ProvinceCatalogueSettings.GatewaySettings;

/**
 * A province's gateway: each value is the province's own, else its {@code BRIDGE_GW_<code>_*} variable (the endpoint
 * and the secrets, which are never written in the file), else the one for every province with {@code {code}}
 * replaced by the province's code.
 */
final class MergedGateway {

	static final String CODE = "{code}";

	private MergedGateway() {
	}

	static GatewaySettings of(String code, GatewaySettings everyProvince, GatewaySettings province,
			PropertyResolver environment) {
		GatewaySettings own = province == null ? GatewaySettings.NONE : province;
		UnaryOperator<String> variable = name -> environment.getProperty("BRIDGE_GW_" + code + "_" + name);
		UnaryOperator<String> common = value -> value == null ? null : value.replace(CODE, code);
		return new GatewaySettings(
				MergedRules.first(own.endpoint(), variable.apply("ENDPOINT"), common.apply(everyProvince.endpoint())),
				MergedRules.first(own.namespace(), common.apply(everyProvince.namespace())),
				MergedRules.first(own.ispId(), variable.apply("ISP_ID"), common.apply(everyProvince.ispId())),
				MergedRules.first(own.userName(), variable.apply("USER_NAME"), common.apply(everyProvince.userName())),
				MergedRules.first(own.password(), variable.apply("PASSWORD"), common.apply(everyProvince.password())),
				MergedRules.first(own.aesKey(), variable.apply("AES_KEY"), common.apply(everyProvince.aesKey())),
				MergedRules.first(own.aesIv(), variable.apply("AES_IV"), common.apply(everyProvince.aesIv())),
				MergedRules.first(own.ratePerSecond(), everyProvince.ratePerSecond()),
				MergedRules.first(own.filingPasswordCheck(), everyProvince.filingPasswordCheck()));
	}

}
