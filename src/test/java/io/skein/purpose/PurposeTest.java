package io.skein.purpose;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.skein.support.SkeinTest;

import org.springframework.context.annotation.Import;

/** {@link SkeinTest} with the movable {@link TestClock}; every test of these modules uses it, so they share a context. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SkeinTest
@Import({ TestClock.Config.class, TestEligibility.Config.class })
public @interface PurposeTest {

}
