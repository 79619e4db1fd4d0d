package org.hadath.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
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
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * The README's consumer example is real: its Java block compiles as it stands against the
 * library and runs, and its {@code pom.xml} block is well-formed with release 17 and an SLF4J
 * binding.
 */
class ReadmeExampleTest {
  @TempDir
  Path dir;

  private static String block(String readme, String heading, String lang) {
    int at = readme.indexOf(heading);
    assertTrue(at >= 0, "README has " + heading);
    Matcher m = Pattern.compile("```" + lang + "\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertTrue(m.find(at), "a " + lang + " block after " + heading);
    return m.group(1);
  }

  @Test
  void javaExampleCompilesAndRuns() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    String source = block(readme, "## Java in ten lines", "java");
    Path src = dir.resolve("Demo.java");
    Files.writeString(src, source);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertNotNull(javac, "a JDK compiler");
    StringWriter diagnostics = new StringWriter();
    boolean ok = javac.getTask(diagnostics, null, null,
        List.of("--release", "17", "-classpath", System.getProperty("java.class.path"), "-d", dir.toString()),
        null, javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(src)).call();
    assertTrue(ok, diagnostics.toString());

    PrintStream old = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      loader.loadClass("Demo").getMethod("main", String[].class).invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(old);
    }
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("STRIKE قصفت"), printed);
    assertTrue(printed.contains("a ok") && printed.contains("b ok"), printed);
  }

  @Test
  void consumerPomIsCompleteAndWellFormed() throws Exception {
    String pom = block(Files.readString(Path.of("README.md")), "A complete consumer project", "xml");
    Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(pom.getBytes(StandardCharsets.UTF_8)));
    assertEquals("17", d.getElementsByTagName("maven.compiler.release").item(0).getTextContent());
    String deps = d.getElementsByTagName("dependencies").item(0).getTextContent();
    assertTrue(deps.contains("hadath") && deps.contains("slf4j-simple"), deps);
  }
}
