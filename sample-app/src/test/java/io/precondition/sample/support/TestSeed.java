package io.precondition.sample.support;

/**
 * The seed of a randomized test: {@code -D<property>=<seed>} replays one; in CI ({@code CI=true}) it is the fixed
 * {@link #CI_SEED}, so that every CI run tests the same cases; elsewhere a new one per run. Printed when chosen, and
 * named in every failure message by the tests that use it.
 */
public final class TestSeed {

    /** The seed of every CI run. */
    public static final long CI_SEED = 20261203L;

    private TestSeed() {
    }

    /**
     * @param property the system property that replays a seed
     * @param test the test's name, for the printed line
     * @return the seed
     */
    public static long of(String property, String test) {
        Long given = Long.getLong(property);
        long seed = given != null ? given : RequiredTool.isCi() ? CI_SEED : System.nanoTime();
        System.out.println("[seed] " + test + ": " + seed + " (replay with -D" + property + "=" + seed + ")");
        return seed;
    }
}
