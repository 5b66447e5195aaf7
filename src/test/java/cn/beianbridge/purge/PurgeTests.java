package cn.beianbridge.purge;

import org.springframework.context.annotation.Import;

/** The purge on the embedded H2 (MySQL mode). */
@Import(PurgeScenarios.Clocks.class)
class PurgeTests extends PurgeScenarios {

}
