package org.hadath.util;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads user documents strictly as UTF-8. Invalid bytes are not silently replaced: they
 * raise an {@link IOException} whose message names the document and the byte offset, so a
 * batch can report the one bad file and go on.
 */
public final class TextFiles {
  private TextFiles() {}

  /**
   * The {@code .txt} files directly in {@code dir}, sorted by path (a corpus folder: one
   * document per file), as an unmodifiable list; none when {@code dir} is not a directory.
   */
  public static List<Path> txtFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  /** Reads a file; a leading byte-order mark is dropped. */
  public static String readUtf8(Path file) throws IOException {
    return decode(Files.readAllBytes(file), file.toString());
  }

  /** Reads a stream to its end. */
  public static String readUtf8(InputStream in, String name) throws IOException {
    return decode(in.readAllBytes(), name);
  }

  /** Decodes bytes strictly; {@code name} is used in the error message. */
  public static String decode(byte[] bytes, String name) throws IOException {
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = dec.decode(in, out, true);
    if (r.isError()) {
      throw new IOException(name + ": not valid UTF-8 at byte offset " + in.position());
    }
    r = dec.flush(out);
    if (r.isError()) {
      throw new IOException(name + ": not valid UTF-8 at byte offset " + in.position());
    }
    out.flip();
    String s = out.toString();
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }
}
