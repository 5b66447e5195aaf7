package cn.beianbridge.purge;

import org.springframework.context.annotation.Import;

/** The retention of personal data on the embedded H2 (MySQL mode). */
@Import(PurgeScenarios.Clocks.class)
class RetentionTests extends RetentionScenarios {

}
