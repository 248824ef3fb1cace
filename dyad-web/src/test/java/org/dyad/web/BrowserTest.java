package org.dyad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page in headless Chromium (Debian's chromium and chromium-driver; {@code .ci/run} installs
 * them): it loads, shows what it must, and runs no script from article text. With {@code
 * -Ddyad.screenshots=DIR} each page's screenshot is also saved there (docs/screenshots).
 */
class BrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static WebDriver driver;
  private static Path profile;

  @BeforeAll
  static void start() throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Chromium and ChromeDriver are not installed (apt-get install chromium chromium-driver)");
    TestServer.get();
    profile = Files.createTempDirectory("dyad-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
  }

  private static void open(String page) {
    driver.get(TestServer.base() + page);
  }

  private static WebDriverWait await() {
    return new WebDriverWait(driver, Duration.ofSeconds(60));
  }

  /** Waits until the page's script has set {@code data-NAME} on the body, and returns it. */
  private static String awaitBody(String name) {
    await().until(d -> d.findElement(By.tagName("body")).getDomAttribute("data-" + name) != null);
    return driver.findElement(By.tagName("body")).getDomAttribute("data-" + name);
  }

  private static void screenshot(String name) throws IOException {
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Path target = Path.of("target", "screenshots");
    Files.createDirectories(target);
    Files.copy(shot.toPath(), target.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    String docs = System.getProperty("dyad.screenshots");
    if (docs != null && !docs.isBlank()) {
      Files.createDirectories(Path.of(docs));
      Files.copy(shot.toPath(), Path.of(docs, name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static boolean noInjectedScriptRan() {
    return Boolean.TRUE.equals(
        ((JavascriptExecutor) driver).executeScript("return window.__xss === undefined;"));
  }

  @Test
  void highlightsTheEventsOfAPastedArticle() throws IOException {
    open("/code.html");
    driver
        .findElement(By.id("text"))
        .sendKeys(
            "Russian President Vladimir Putin met Iran's Supreme Leader Ayatollah Ali Khamenei"
                + " in Tehran on Monday. The two countries signed an energy agreement.");
    driver.findElement(By.id("date")).sendKeys("11252015");
    driver.findElement(By.id("code-button")).click();
    assertThat(Integer.parseInt(awaitBody("coded"))).isPositive();
    List<WebElement> triggers = driver.findElements(By.cssSelector("#highlighted mark.trigger"));
    assertThat(triggers).extracting(WebElement::getText).contains("met");
    assertThat(driver.findElements(By.cssSelector("#highlighted mark.source"))).isNotEmpty();
    assertThat(driver.findElement(By.id("events")).getText()).contains("RUSGOV", "042");
    screenshot("code");
  }

  @Test
  void listsStoredEventsAndOpensTheirArticle() throws IOException {
    open("/events.html");
    assertThat(Integer.parseInt(awaitBody("loaded"))).isPositive();
    assertThat(driver.findElements(By.cssSelector("#events tbody tr"))).isNotEmpty();
    screenshot("events");
    open("/events.html?actor=PAK");
    awaitBody("loaded");
    driver.findElement(By.cssSelector("#events tbody tr a")).click();
    assertThat(Integer.parseInt(awaitBody("loaded"))).isPositive();
    assertThat(driver.findElement(By.id("title")).getText()).isEqualTo("Clash in Kashmir");
    assertThat(driver.findElements(By.cssSelector("#highlighted mark.trigger"))).isNotEmpty();
    screenshot("article");
  }

  @Test
  void drawsTheDyadChartAndListsAPeriodsEvents() throws IOException {
    open("/dyad.html?a=RUS&b=IRN&by=month");
    assertThat(Integer.parseInt(awaitBody("periods"))).isPositive();
    assertThat(driver.findElements(By.cssSelector("#chart canvas"))).isNotEmpty();
    screenshot("dyad");
    // A click on the first period's bar lists that period's events.
    WebElement chart = driver.findElement(By.id("chart"));
    @SuppressWarnings("unchecked")
    List<Number> at =
        (List<Number>)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "const c = echarts.getInstanceByDom(document.getElementById('chart'));"
                        + " const l = c.getModel().getSeriesByIndex(0).getData().getItemLayout(0);"
                        + " return [l.x + l.width / 2, l.y + l.height / 2];");
    int x = at.get(0).intValue() - chart.getSize().getWidth() / 2;
    int y = at.get(1).intValue() - chart.getSize().getHeight() / 2;
    new Actions(driver).moveToElement(chart, x, y).click().perform();
    await().until(d -> !d.findElements(By.cssSelector("#events tbody tr")).isEmpty());
    assertThat(driver.findElement(By.id("period-title")).getText()).startsWith("Events 2015-11-01");
    assertThat(driver.findElement(By.id("events")).getText()).contains("RUS", "IRN");
  }

  @Test
  void drawsTheActorNetwork() throws IOException {
    open("/network.html");
    assertThat(Integer.parseInt(awaitBody("nodes"))).isGreaterThanOrEqualTo(2);
    assertThat(driver.findElements(By.cssSelector("#chart canvas"))).isNotEmpty();
    screenshot("network");
  }

  @Test
  void drawsTheEventsOnTheWorldMap() throws IOException {
    open("/map.html");
    assertThat(Integer.parseInt(awaitBody("places"))).isPositive();
    assertThat(driver.findElements(By.cssSelector("#chart canvas"))).isNotEmpty();
    screenshot("map");
  }

  @Test
  void showsScriptInArticleTextAsTextAndRunsNone() throws Exception {
    open("/events.html?actor=RUS");
    awaitBody("loaded");
    assertThat(noInjectedScriptRan()).isTrue();
    // The article whose title and text carry the markup.
    WebElement link =
        driver.findElements(By.cssSelector("#events tbody tr a")).stream()
            .filter(a -> a.getText().contains("criticised") || a.getText().contains("accused"))
            .findFirst()
            .orElseThrow();
    link.click();
    awaitBody("loaded");
    assertThat(driver.findElement(By.id("title")).getText())
        .isEqualTo("<script>window.__xss=1</script>");
    assertThat(driver.findElement(By.id("highlighted")).getText())
        .contains("\"><img src=x onerror=\"window.__xss=2\">", "<script>window.__xss=3</script>");
    assertThat(driver.findElements(By.cssSelector("#highlighted img, #highlighted script")))
        .isEmpty();
    assertThat(noInjectedScriptRan()).isTrue();
  }
}
