package cn.beianbridge;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The actuator on {@code management.server.port}.
 *
 * @param token the bearer token of monitoring (Prometheus, an operator): with it health shows its details and
 * components, and Prometheus and metrics answer; blank, nobody gets them
 */
@ConfigurationProperties("bridge.management")
record ManagementSettings(String token) {
}
