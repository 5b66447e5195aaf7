/**
 * Province: the 31 provincial bureaus as data ({@code config/provinces.yml}, {@code bridge.provinces.<code>}), read
 * and checked for completeness at start-up: names and abbreviations, review limit, SMS and photo verification, the
 * rules a filing must pass ({@code bridge.rules} merged with a province's own) and the gateway
 * ({@code bridge.gateway} merged with a province's own and its {@code BRIDGE_GW_<code>_*} secrets).
 * <p>
 * Owns no table. Offers {@link cn.beianbridge.province.ProvinceCatalogue} and its records
 * {@link cn.beianbridge.province.Province}, {@link cn.beianbridge.province.ProvinceRules},
 * {@link cn.beianbridge.province.ProvinceGateway}, {@link cn.beianbridge.province.SmsVerification}.
 * <p>
 * Not a step of the flow: intake reads the rules, submission and download the gateways, the province jobs the
 * enabled provinces.
 */
package cn.beianbridge.province;
