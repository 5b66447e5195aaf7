package cn.beianbridge.simulator;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;

/**
 * The simulators' switch, {@code bridge.simulators.enabled=true}: on in the demo and in tests that ask for it, and
 * never in the {@code mysql} profile, whatever the switch says (production's start-up check refuses it too). It
 * guards {@link SimulatorConfiguration} and each of the module's controllers: component scanning finds a controller
 * on its own, so a configuration's condition would not reach it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnProperty(name = "bridge.simulators.enabled", havingValue = "true")
@Profile("!mysql")
public @interface ConditionalOnSimulators {

}
