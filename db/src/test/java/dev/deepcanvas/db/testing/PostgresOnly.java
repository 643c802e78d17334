package dev.deepcanvas.db.testing;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test about PostgreSQL itself (moving an installation to it, what start-up says about a wrong server): it runs
 * only in the build's {@code postgresql} test execution, against the {@link PostgresTestServer}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag(PostgresOnly.TAG)
@ExtendWith(PostgresAvailability.class)
public @interface PostgresOnly {

    String TAG = "postgresql";
}
