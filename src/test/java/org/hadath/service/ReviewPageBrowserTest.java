package org.hadath.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.hadath.testing.SharedExtractor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review page in a real browser: headless Chromium driven by Selenium against the
 * service on a free loopback port. Uploads a text written for this test, checks that it is
 * shown right to left with each trigger highlighted by type and its arguments underlined, the
 * side panel's roles, places with map links, casualty ranges, polarity, modality and rule,
 * keyboard navigation, and the CSV download; saves {@code target/review-page.png}.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver} (or {@code -Dhadath.chromium=}
 * and {@code -Dhadath.chromedriver=} paths); without them the test is skipped. Selenium is
 * pointed at the installed driver, so it downloads nothing.
 */
@Timeout(420)
class ReviewPageBrowserTest {
  // Invented news text: an air raid with a toll, a clash, a displacement.
  static final String TEXT = "أفادت مصادر محلية بأن طائرات حربية شنت صباح اليوم غارات على بلدة كفرنبل في ريف إدلب "
      + "الجنوبي، ما أدى إلى مقتل خمسة مدنيين وإصابة نحو ثمانية آخرين.\n"
      + "وفي سياق متصل، اندلعت اشتباكات عنيفة بين قوات النظام وفصائل المعارضة في محيط مدينة سراقب.\n"
      + "كما نزحت عشرات العائلات من قرى جبل الزاوية باتجاه الحدود التركية خلال الأيام الماضية.\n";

  static final String CHROMIUM = System.getProperty("hadath.chromium", "/usr/bin/chromium");
  static final String DRIVER = System.getProperty("hadath.chromedriver", "/usr/bin/chromedriver");
  static final Path TARGET = Path.of(System.getProperty("hadath.testData", "test-data")).resolveSibling("target");

  private static EventService service;
  private static ChromeDriver browser;
  private static Path profile;
  private static Path downloads;

  @BeforeAll
  static void start() throws Exception {
    Assumptions.assumeTrue(new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute(),
        "review page browser test skipped: no Chromium at " + CHROMIUM + " or chromedriver at " + DRIVER
            + ". To run it: apt-get install chromium chromium-driver (Debian/Ubuntu), or pass"
            + " -Dhadath.chromium=PATH -Dhadath.chromedriver=PATH");
    service = EventService.start(SharedExtractor.get(), ServiceOptions.defaults().withPort(0));
    Files.createDirectories(TARGET);
    profile = Files.createTempDirectory(TARGET, "chromium-profile");
    downloads = Files.createTempDirectory(TARGET, "chromium-downloads");
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM);
    o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=ar", "--user-data-dir=" + profile);
    o.setExperimentalOption("prefs", java.util.Map.of(
        "download.default_directory", downloads.toString(), "download.prompt_for_download", false));
    ChromeDriverService driver = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
    browser = new ChromeDriver(driver, o);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (service != null) {
      service.close();
    }
  }

  private static WebDriverWait waitUpTo(int seconds) {
    return new WebDriverWait(browser, Duration.ofSeconds(seconds));
  }

  private static List<String> texts(String css) {
    return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).collect(Collectors.toList());
  }

  @Test
  void reviewsAnUploadedArticle() throws Exception {
    browser.get(service.uri().toString());
    assertEquals("rtl", browser.findElement(By.tagName("html")).getDomAttribute("dir"));

    // upload: the file's text lands in the text box
    Path file = TARGET.resolve("review-upload.txt");
    Files.writeString(file, TEXT, StandardCharsets.UTF_8);
    browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
    waitUpTo(10).until(d -> TEXT.equals(d.findElement(By.id("text")).getDomProperty("value")));
    browser.findElement(By.id("run")).click();
    waitUpTo(240).until(d -> !d.findElements(By.cssSelector("#events .card")).isEmpty()
        || d.findElement(By.id("status")).getAttribute("class").contains("error"));
    assertFalse(browser.findElement(By.id("status")).getAttribute("class").contains("error"),
        browser.findElement(By.id("status")).getText());

    // the text, right to left, is the user's own characters
    WebElement doc = browser.findElement(By.id("doc"));
    assertEquals("rtl", doc.getDomAttribute("dir"));
    assertEquals(TEXT.strip(), doc.getText().strip());

    // triggers highlighted by type, arguments underlined
    assertTrue(texts(".trig.t-STRIKE").contains("غارات"), texts(".trig").toString());
    assertTrue(texts(".trig.t-CLASH").contains("اشتباكات"), texts(".trig").toString());
    assertTrue(texts(".trig.t-EVACUATION").contains("نزحت"), texts(".trig").toString());
    assertTrue(texts(".arg").stream().anyMatch(t -> t.contains("كفرنبل")), texts(".arg").toString());
    assertTrue(texts(".arg").contains("قوات النظام"), texts(".arg").toString());
    String underline = browser.findElement(By.cssSelector(".arg")).getCssValue("text-decoration-line");
    assertTrue(underline.contains("underline"), underline);
    String strikeBg = browser.findElement(By.cssSelector(".trig.t-STRIKE")).getCssValue("background-color");
    String clashBg = browser.findElement(By.cssSelector(".trig.t-CLASH")).getCssValue("background-color");
    assertFalse(strikeBg.equals(clashBg), "each type has its own colour: " + strikeBg);

    // the side panel: one card per event with roles, places and map links, casualties, flags, rule
    List<WebElement> cards = browser.findElements(By.cssSelector("#events .card"));
    assertEquals(3, cards.size(), texts("#events .card").toString());
    WebElement strike = cards.get(0);
    assertEquals("STRIKE", strike.findElement(By.cssSelector(".badge")).getText());
    String s = strike.getText();
    for (String part : List.of("INSTRUMENT", "طائرات", "TARGET", "بلدة كفرنبل", "SOURCE", "مصادر محلية",
        "KILLED", "5", "INJURED", "POSITIVE", "ASSERTED", "events/triggers.tsv:")) {
      assertTrue(s.contains(part), part + " in " + s);
    }
    WebElement map = strike.findElement(By.cssSelector("a.map"));
    assertTrue(map.getDomAttribute("href").startsWith("https://www.openstreetmap.org/?mlat=35.61"), map.getDomAttribute("href"));
    String clash = cards.get(1).getText();
    assertTrue(clash.contains("PARTICIPANT") && clash.contains("فصائل المعارضة"), clash);
    String evac = cards.get(2).getText();
    assertTrue(evac.contains("COUNT") && evac.contains("20–99") && evac.contains("ORIGIN"), evac);

    // keyboard: the first event is selected; n moves on, p comes back
    assertTrue(strike.getAttribute("class").contains("sel"));
    browser.findElement(By.tagName("body")).sendKeys("n");
    waitUpTo(5).until(d -> d.findElement(By.id("ev-1")).getAttribute("class").contains("sel"));
    assertTrue(browser.findElement(By.cssSelector(".trig.t-CLASH")).getAttribute("class").contains("sel"));
    assertFalse(texts(".arg.arg-sel").isEmpty(), "the selected event's arguments are marked");
    browser.findElement(By.tagName("body")).sendKeys("p");
    waitUpTo(5).until(d -> d.findElement(By.id("ev-0")).getAttribute("class").contains("sel"));

    Files.write(TARGET.resolve("review-page.png"), browser.getScreenshotAs(OutputType.BYTES));

    // the CSV download: the table of this text
    browser.findElement(By.id("dl-csv")).click();
    Path csv = downloads.resolve("review-upload.csv");
    waitUpTo(30).until(d -> Files.exists(csv));
    String table = Files.readString(csv, StandardCharsets.UTF_8);
    assertTrue(table.startsWith("\uFEFFevent_id_cnty,"), table);
    assertTrue(table.contains("review-upload-1,") && table.contains(",STRIKE,Air/drone strike,"), table);
  }
}
