package dev.deepcanvas.db.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Skips, saying why, a test that needs PostgreSQL (one marked {@link PostgresOnly}, or any {@link DatabaseTest}
 * when the build selected PostgreSQL) where no test server is configured; where {@code DEEPCANVAS_REQUIRE_PG=1}
 * it fails it instead, so that CI cannot pass without having tested on PostgreSQL.
 */
public final class PostgresAvailability implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        boolean needed = DatabaseSelection.postgres()
                || context.getElement().map(e -> AnnotationSupport.isAnnotated(e, PostgresOnly.class)).orElse(false);
        if (!needed) {
            return ConditionEvaluationResult.enabled("runs on H2");
        }
        if (PostgresTestServer.configured()) {
            return ConditionEvaluationResult.enabled("PostgreSQL at " + System.getenv(PostgresTestServer.URL_VARIABLE));
        }
        if (PostgresTestServer.required()) {
            throw new IllegalStateException(PostgresTestServer.REQUIRE_VARIABLE + "=1 but "
                    + PostgresTestServer.absenceReason());
        }
        return ConditionEvaluationResult.disabled(PostgresTestServer.absenceReason());
    }
}
