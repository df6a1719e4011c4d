package org.alignsim.report;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Opens a sweep report in headless Chromium (Debian's chromium and chromium-driver, installed by
 * scripts/test.sh): every image loads, the maps among them, the console has no errors, and a
 * screenshot of the page is kept as target/test-artifacts/report.png.
 */
@Tag("system")
class ReportBrowserTest {

    @TempDir
    Path tmp;

    @Test
    void reportOpensOfflineWithEveryImageAndNoConsoleErrors() throws Exception {
        FakeResults.Sweep s = new FakeResults.Sweep();
        s.factor("weights.trade", "0", "1", "2", "3").factor("weights.threat", "0", "2", "4", "6");
        s.surface = idx -> idx[0] + 2.0 * idx[1];
        Path dir = s.write(tmp.resolve("sweep with space"));
        Path html = Reports.writeFor(dir);

        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createDirectory(tmp.resolve("profile")), "--window-size=1200,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.get(html.toUri().toString());
            JavascriptExecutor js = driver;
            long images = (Long) js.executeScript("return document.images.length");
            assertTrue(images >= 4, "the report shows its charts: " + images);
            @SuppressWarnings("unchecked")
            List<String> broken = (List<String>) js.executeScript(
                    "return Array.from(document.images).filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.src)");
            assertEquals(List.of(), broken, "images that did not load");
            // The maps of the final alignment, drawn: decoded at the PNG's full size (twice the size the page gives).
            @SuppressWarnings("unchecked")
            List<String> maps = (List<String>) js.executeScript(
                    "return Array.from(document.images).filter(i => i.src.includes('/charts/map-point'))"
                            + ".map(i => i.complete && i.naturalWidth === 2 * i.width && i.naturalHeight === 2 * i.height ? 'loaded' : i.src)");
            assertEquals(List.of("loaded", "loaded", "loaded"), maps, "a map per design point of the time-series panels");
            List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
            assertEquals(List.of(), severe.stream().map(LogEntry::getMessage).toList(), "console errors");

            // The whole page, not just the first screenful.
            long height = (Long) js.executeScript("return document.documentElement.scrollHeight");
            driver.manage().window().setSize(new Dimension(1200, (int) Math.min(height + 40, 12000)));
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Path artefact = Path.of("target", "test-artifacts", "report.png");
            Files.createDirectories(artefact.getParent());
            Files.copy(shot, artefact, StandardCopyOption.REPLACE_EXISTING);
            assertTrue(Files.size(artefact) > 10_000);
        } finally {
            driver.quit();
            service.stop();
        }
    }
}
