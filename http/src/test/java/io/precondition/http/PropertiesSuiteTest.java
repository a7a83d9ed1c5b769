package io.precondition.http;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/**
 * Runs the jqwik property classes under Maven: surefire's default includes ({@code *Test}) do not match
 * {@code *Properties}, and this suite does.
 */
@Suite
@SelectClasses({EntityTagProperties.class, HttpDateProperties.class})
class PropertiesSuiteTest {
}
