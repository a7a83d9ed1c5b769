package io.precondition.sample.support;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A program or library that a test needs from the machine (nginx, Chromium, libfaketime). {@code .ci/run} installs
 * them, so under {@code CI=true} a missing one fails the test, and CI can never pass without having run it;
 * elsewhere the test is skipped with the message saying how to install it.
 */
public final class RequiredTool {

    private RequiredTool() {
    }

    /**
     * @param present whether the tool is there
     * @param message what is missing and how to install it
     */
    public static void require(boolean present, String message) {
        if (isCi()) {
            Assertions.assertTrue(present, message + " (CI=true: a missing tool is a failure)");
        }
        Assumptions.assumeTrue(present, message);
    }

    /** @return whether the tests run in CI ({@code CI=true}, as {@code .ci/run} sets it) */
    public static boolean isCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }
}
