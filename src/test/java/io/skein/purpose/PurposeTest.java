package io.skein.purpose;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.skein.support.SkeinTest;
import io.skein.support.TestClock;

/** {@link SkeinTest} for the purpose, journey and offer modules (the movable clock is {@link io.skein.support.TestClock}). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SkeinTest
public @interface PurposeTest {

}
