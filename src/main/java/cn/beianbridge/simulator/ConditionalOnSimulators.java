package cn.beianbridge.simulator;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * The simulators' switch, {@code bridge.simulators.enabled=true}: on in the demo and in tests that ask for it, off
 * in the {@code mysql} profile. It guards {@link SimulatorConfiguration} and each of the module's controllers:
 * component scanning finds a controller on its own, so a configuration's condition would not reach it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnProperty(name = "bridge.simulators.enabled", havingValue = "true")
public @interface ConditionalOnSimulators {

}
