package cn.beianbridge.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless chromium, driven by its chromedriver, signed in to the operations console as one user. Missing
 * (no {@code /usr/bin/chromium} or {@code /usr/bin/chromedriver}), the test is skipped, unless
 * {@code BRIDGE_REQUIRE_BROWSER=true} (as in {@code .ci/run}, which installs them), where it fails.
 */
public final class Browser implements AutoCloseable {

	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private final ChromeDriver driver;

	private final String base;

	private Browser(ChromeDriver driver, String base) {
		this.driver = driver;
		this.base = base;
	}

	/** A new browser (its own profile, no cookies) for the console at {@code http://localhost:<port>}. */
	public static Browser open(int port) {
		boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!present && Boolean.parseBoolean(System.getenv("BRIDGE_REQUIRE_BROWSER"))) {
			throw new IllegalStateException("chromium and chromedriver are missing and BRIDGE_REQUIRE_BROWSER=true: "
					+ "apt-get install -y chromium chromium-driver (see .ci/run)");
		}
		Assumptions.assumeTrue(present, "no chromium/chromedriver here: browser test skipped");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1400,1000", "--lang=en-US");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
		return new Browser(driver, "http://localhost:" + port);
	}

	/** Signs in on the console's form; the overview follows. */
	public Browser signIn(String username, String password) {
		go("/ops/login");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.id("sign-in")).click();
		waitUntil(d -> d.getCurrentUrl().endsWith("/ops"), Duration.ofSeconds(10));
		return this;
	}

	/** Signs in as the demo's user of this role ({@code viewer}, {@code operator}, {@code admin}). */
	public Browser signInAs(String role) {
		return signIn(role, role + "-demo");
	}

	public Browser go(String path) {
		driver.get(base + path);
		return this;
	}

	public WebElement find(By by) {
		return driver.findElement(by);
	}

	public java.util.List<WebElement> findAll(By by) {
		return driver.findElements(by);
	}

	public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition, Duration timeout) {
		new WebDriverWait(driver, timeout).until(condition::apply);
	}

	public String pageText() {
		return driver.findElement(By.tagName("body")).getText();
	}

	public WebDriver driver() {
		return driver;
	}

	/** Writes {@code target/screenshots/<name>.png}; the README names the ones it shows. */
	public Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".png");
			Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		driver.quit();
	}

}
