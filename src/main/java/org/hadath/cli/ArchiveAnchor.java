package org.hadath.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.hadath.entities.time.ArchiveDates;
import org.hadath.entities.time.DateWindow;
import org.hadath.util.TextFiles;

/**
 * The window in which a date written without its year may take one when the input files are an
 * archive read whole ({@link ArchiveDates}): one pass over the texts for the dates they carry
 * with their year written, before extraction. Standard input and unreadable files are skipped
 * here; extraction reports them.
 */
final class ArchiveAnchor {

  private ArchiveAnchor() {}

  /** The window of the texts of {@code files} (names ending {@code .json} are skipped), or null. */
  static DateWindow window(List<String> files) {
    ArchiveDates dates = new ArchiveDates();
    for (String f : files) {
      if (f.equals("-") || f.endsWith(".json")) {
        continue;
      }
      try {
        dates.add(TextFiles.readUtf8(Path.of(f)));
      } catch (IOException | RuntimeException e) {
        // extraction names the file and its error
      }
    }
    return dates.window().orElse(null);
  }
}
