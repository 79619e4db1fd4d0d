package org.hadath.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The team's shared material ({@code ../shared}, or {@code -Dhadath.shared}) for tests that
 * use it. Absent, a test that needs it is skipped with a message (a user's checkout has no
 * {@code ../shared}); present, a missing part of it is a failure, never a silent skip.
 */
public final class SharedCorpus {
  private SharedCorpus() {}

  /** The shared folder, whether or not it exists. */
  public static Path root() {
    return Path.of(System.getProperty("hadath.shared", "../shared"));
  }

  /** Whether the shared folder is present. */
  public static boolean present() {
    return Files.isDirectory(root());
  }

  /**
   * The folder {@code relative} inside the shared material: the test is skipped when there is
   * no shared material at all, and fails when there is but the folder is missing.
   */
  public static Path require(String relative) {
    assumeTrue(present(), root() + " not present: test skipped (it needs the shared corpus)");
    Path p = root().resolve(relative);
    assertTrue(Files.isDirectory(p), root() + " is present but " + p + " is missing");
    return p;
  }

  /**
   * The folder {@code relative} when the shared material is present (failing when it is but
   * the folder is missing), else empty: for tests that widen their input with it.
   */
  public static Optional<Path> optional(String relative) {
    if (!present()) {
      return Optional.empty();
    }
    Path p = root().resolve(relative);
    assertTrue(Files.isDirectory(p), root() + " is present but " + p + " is missing");
    return Optional.of(p);
  }
}
