package io.skein.purpose;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.skein.support.SkeinTest;
import org.springframework.test.context.TestPropertySource;
import io.skein.support.TestClock;

/**
 * {@link SkeinTest} for the purpose, journey and offer modules (the movable clock is {@link io.skein.support.TestClock}).
 * Their fixtures are hand-built customers ("P Test", "H Test", ...) told apart by e-mail only: real-time fuzzy
 * resolution is off here so the fixtures stay the customers they were built as (identity has its own tests).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SkeinTest
@TestPropertySource(properties = "skein.resolution.realtime.enabled=false")
public @interface PurposeTest {

}
