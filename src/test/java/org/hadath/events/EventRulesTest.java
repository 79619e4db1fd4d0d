package org.hadath.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hadath.util.ModelFiles;
import org.hadath.util.ModelFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule files are user input: every defect is reported with file and line, nothing half loads. */
class EventRulesTest {

  @TempDir
  Path dir;

  private void copyPackaged() throws IOException {
    for (String f : new String[] {"classes.tsv", "triggers.tsv", "arguments.tsv"}) {
      Files.writeString(dir.resolve(f), String.join("\n", ModelFiles.packaged().lines("events/" + f)) + "\n");
    }
  }

  private ModelFormatException loadFails(String file, String badLine) throws IOException {
    copyPackaged();
    Files.writeString(dir.resolve(file), Files.readString(dir.resolve(file)) + badLine + "\n");
    return assertThrows(ModelFormatException.class, () -> EventRules.load(dir + "/"));
  }

  private int lastLine(String file) throws IOException {
    return Files.readAllLines(dir.resolve(file)).size();
  }

  @Test
  void packagedRulesLoad() {
    EventRules r = EventRules.getDefault();
    assertFalse(r.triggers().isEmpty());
    assertFalse(r.arguments().isEmpty());
    assertTrue(r.isA("طايرات", "AIR"));
  }

  @Test
  void userCopyOfRulesLoadsFromDisk() throws IOException {
    copyPackaged();
    Files.writeString(dir.resolve("triggers.tsv"), Files.readString(dir.resolve("triggers.tsv"))
        + "STRIKE\tSTRIKE_N\t(ال)?(رشق(ه|ات))\t\ta user's new trigger\n");
    EventRules r = EventRules.load(dir + "/");
    assertTrue(r.triggers().stream().anyMatch(t -> t.pattern().matcher("الرشقات").matches()));
  }

  @Test
  void unknownEventTypeNamesFileAndLine() throws IOException {
    ModelFormatException e = loadFails("triggers.tsv", "AMBUSH\tSTRIKE_V\tقصف\t\t");
    assertTrue(e.getMessage().contains("triggers.tsv:" + lastLine("triggers.tsv")), e.getMessage());
    assertEquals(lastLine("triggers.tsv"), e.line());
  }

  @Test
  void badRegexNamesFileAndLine() throws IOException {
    ModelFormatException e = loadFails("classes.tsv", "BROKEN\t(قصف");
    assertTrue(e.getMessage().contains("classes.tsv:"), e.getMessage());
    assertTrue(e.getMessage().contains("regular expression"), e.getMessage());
  }

  @Test
  void badSemgrexNamesFileAndLine() throws IOException {
    ModelFormatException e = loadFails("arguments.tsv", "STRIKE_V\tAGENT\tANY\t{}=trigger >nsubj ({}=arg");
    assertTrue(e.getMessage().contains("arguments.tsv:" + lastLine("arguments.tsv")), e.getMessage());
  }

  @Test
  void unknownClassInConditionIsRejected() throws IOException {
    ModelFormatException e = loadFails("triggers.tsv", "STRIKE\tSTRIKE_V\tقصف\tctx:NOSUCH\t");
    assertTrue(e.getMessage().contains("NOSUCH"), e.getMessage());
  }

  @Test
  void wrongColumnCountIsRejected() throws IOException {
    ModelFormatException e = loadFails("arguments.tsv", "STRIKE_V\tAGENT");
    assertTrue(e.getMessage().contains("fields"), e.getMessage());
  }

  @Test
  void patternWithoutNamedNodesIsRejected() throws IOException {
    ModelFormatException e = loadFails("arguments.tsv", "STRIKE_V\tAGENT\tANY\t{} >nsubj {}");
    assertTrue(e.getMessage().contains("=trigger"), e.getMessage());
  }

  @Test
  void pathologicalUserPatternIsBoundedNotHanging() throws IOException {
    copyPackaged();
    Files.writeString(dir.resolve("triggers.tsv"), Files.readString(dir.resolve("triggers.tsv"))
        + "STRIKE\tSTRIKE_N\t(ا+)+ب\t\tcatastrophic backtracking\n");
    EventRules r = EventRules.load(dir + "/");
    java.util.regex.Pattern p = r.triggers().get(r.triggers().size() - 1).pattern();
    long t = System.nanoTime();
    assertFalse(EventRules.matches(p, "ا".repeat(60)));
    assertTrue((System.nanoTime() - t) / 1e9 < 5, "bounded match took too long");
    assertTrue(EventRules.matches(p, "اااب"));
  }

  @Test
  void classTheMechanismsNeedMissingFailsAtLoad() throws IOException {
    copyPackaged();
    Path classes = dir.resolve("classes.tsv");
    Files.write(classes, Files.readAllLines(classes).stream().filter(l -> !l.startsWith("SIDES\t")).toList());
    ModelFormatException e = assertThrows(ModelFormatException.class, () -> EventRules.load(dir + "/"));
    assertTrue(e.getMessage().contains("classes.tsv"), e.getMessage());
    assertTrue(e.getMessage().contains("SIDES"), e.getMessage());
  }

  @Test
  void everyWordClassTheCodeNeedsIsPackaged() {
    EventRules r = EventRules.getDefault();
    for (WordClass c : WordClass.values()) {
      assertTrue(r.hasClass(c.name()), c.name());
    }
  }
}
