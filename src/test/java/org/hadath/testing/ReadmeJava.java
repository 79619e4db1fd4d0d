package org.hadath.testing;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Runs the README's code blocks as they stand, so a README example that no longer compiles
 * against the library fails a test: finds a block after a heading, compiles a Java block with
 * the test class path, and runs its {@code main}, capturing what it prints.
 */
public final class ReadmeJava {
  private ReadmeJava() {}

  /** The first {@code lang} block after {@code heading} in {@code readme}. */
  public static String block(String readme, String heading, String lang) {
    int at = readme.indexOf(heading);
    assertTrue(at >= 0, "README has " + heading);
    Matcher m = Pattern.compile("```" + lang + "\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertTrue(m.find(at), "a " + lang + " block after " + heading);
    return m.group(1);
  }

  /** Compiles {@code source}, the class {@code className}, into {@code dir}; fails with javac's messages. */
  public static void compile(Path dir, String className, String source) throws Exception {
    Path src = dir.resolve(className + ".java");
    Files.writeString(src, source);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertNotNull(javac, "a JDK compiler");
    StringWriter diagnostics = new StringWriter();
    boolean ok = javac.getTask(diagnostics, null, null,
        List.of("--release", "17", "-classpath", System.getProperty("java.class.path"), "-d", dir.toString()),
        null, javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(src)).call();
    assertTrue(ok, diagnostics.toString());
  }

  /** Runs {@code className}'s {@code main} from {@code dir} with {@code args}; returns what it printed. */
  public static String run(Path dir, String className, String... args) throws Exception {
    PrintStream old = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, ReadmeJava.class.getClassLoader())) {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      loader.loadClass(className).getMethod("main", String[].class).invoke(null, (Object) args);
    } finally {
      System.setOut(old);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
