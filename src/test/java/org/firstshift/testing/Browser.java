package org.firstshift.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Headless Debian Chromium driven through the Debian ChromeDriver (never a downloaded one), sized
 * like a phone by default. One browser per test class; {@link #close()} in {@code @AfterAll}.
 */
public final class Browser implements AutoCloseable {
    public static final Dimension PHONE = new Dimension(360, 740);
    public static final Dimension DESKTOP = new Dimension(1280, 900);

    private final WebDriver driver;
    private final String base;

    private Browser(URL base, Dimension size) {
        String binary = System.getProperty("chrome.binary", "/usr/bin/chromium");
        String chromedriver = System.getProperty("chromedriver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        try {
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--lang=en-US",
                    "--user-data-dir=" + Files.createTempDirectory("firstshift-chrome"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver)).build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().window().setSize(size);
        this.base = base.toString().endsWith("/") ? base.toString().substring(0, base.toString().length() - 1) : base.toString();
    }

    public static Browser phone(URL base) {
        return new Browser(base, PHONE);
    }

    public static Browser desktop(URL base) {
        return new Browser(base, DESKTOP);
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public WebElement find(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    public boolean has(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    public String text(String css) {
        return find(css).getText();
    }

    public Browser type(String css, String text) {
        retrying(() -> {
            WebElement field = find(css);
            field.clear();
            field.sendKeys(text);
        });
        return this;
    }

    /** Clicks and waits for the next page to replace this one. */
    public Browser click(String css) {
        WebElement[] clicked = new WebElement[1];
        retrying(() -> {
            clicked[0] = find(css);
            clicked[0].click();
        });
        return waitForNextPage(clicked[0]);
    }

    /** Clicks an element the test found itself (a row's link, say) and waits for the next page. */
    public Browser click(WebElement element) {
        element.click();
        return waitForNextPage(element);
    }

    /**
     * Waits until the page holding the element has been replaced: reading the next page before
     * that finds the old page's elements, which go stale while they are read.
     */
    public Browser waitForNextPage(WebElement onOldPage) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> replaced(onOldPage));
        return this;
    }

    /**
     * Whether the page holding the element is gone. While the next page replaces it, ChromeDriver
     * sometimes answers "Node with given id does not belong to the document" instead of a stale
     * element: that, too, means the old page is gone (seen on a busy machine, in any journey).
     */
    private static boolean replaced(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException gone) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /**
     * Runs a browser step again when the element it found was replaced under it (a page still
     * finishing a redirect or a re-render): Chromium then reports a stale node.
     */
    private static void retrying(Runnable step) {
        for (int attempt = 1; ; attempt++) {
            try {
                step.run();
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 3) {
                    throw e;
                }
            } catch (org.openqa.selenium.WebDriverException e) {
                if (attempt == 3 || e.getMessage() == null || !e.getMessage().contains("does not belong to the document")) {
                    throw e;
                }
            }
        }
    }

    public String heading() {
        return text("h1");
    }

    /** Signs in through the login form as a demo user. */
    public Browser signIn(String user) {
        return signIn(user, DemoUsers.passwordOf(user));
    }

    public Browser signIn(String user, String password) {
        open("/login.xhtml");
        type("#login\\:username", user);
        type("#login\\:password", password);
        return click("#login\\:submit");
    }

    public Browser signOut() {
        return click("#topbar\\:signout");
    }

    /** Whether the page is wider than the window (a phone layout that overflows sideways). */
    public boolean overflowsHorizontally() {
        Object wide = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth + 1;");
        return Boolean.TRUE.equals(wide);
    }

    public void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(TestDatabase.label() + "-" + name + ".png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
