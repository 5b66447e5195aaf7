package cn.beianbridge.collection.internal;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import cn.beianbridge.support.StatementCounter;

/** {@link PageIntakeEquivalence} on H2 (MySQL mode). */
@SpringBootTest
@ActiveProfiles("test")
@Import(StatementCounter.Configuration.class)
class PageIntakeTests extends PageIntakeEquivalence {

}
