package org.hadath.events;

import static org.hadath.testing.ReadmeJava.block;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hadath.testing.ReadmeJava;
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

  @Test
  void javaExampleCompilesAndRuns() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    ReadmeJava.compile(dir, "Demo", block(readme, "## Java in ten lines", "java"));
    String printed = ReadmeJava.run(dir, "Demo");
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
