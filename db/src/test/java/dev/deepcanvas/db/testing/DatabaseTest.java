package dev.deepcanvas.db.testing;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test of what the database stores: it runs on H2 in every build and once more on PostgreSQL in the build's
 * {@code postgresql} test execution. It must take its database from {@link DatabaseUnderTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag(DatabaseTest.TAG)
@ExtendWith(PostgresAvailability.class)
public @interface DatabaseTest {

    String TAG = "database";
}
