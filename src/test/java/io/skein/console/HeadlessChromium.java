package io.skein.console;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's {@code chromium}, driven headless by its {@code chromium-driver} (never a downloaded browser:
 * both are installed by {@code .ci/run}). Missing binaries fail the test, they never skip it. Every request
 * the page makes is read back from Chromium's performance log, so a test can prove nothing left the machine;
 * host names other than localhost do not even resolve ({@code --host-resolver-rules}), as in a closed network.
 */
final class HeadlessChromium implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

	private final ChromeDriver driver;

	private final List<String> requested = new ArrayList<>();

	HeadlessChromium() {
		assertThat(CHROMIUM).as("Debian's chromium (apt-get install chromium; .ci/run installs it)").isExecutable();
		assertThat(DRIVER).as("Debian's chromium-driver (apt-get install chromium-driver; .ci/run installs it)").isExecutable();
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
					"--window-size=1280,800", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost");
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.PERFORMANCE, Level.ALL);
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
	}

	ChromeDriver driver() {
		return this.driver;
	}

	void open(String url) {
		this.driver.get(url);
	}

	WebElement await(String css) {
		return new WebDriverWait(this.driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
	}

	void awaitText(String css, String text) {
		try {
			new WebDriverWait(this.driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			List<WebElement> found = this.driver.findElements(By.cssSelector(css));
			throw new AssertionError("waited 30 s for '" + text + "' in " + css + "; it says: "
					+ (found.isEmpty() ? "(no such element)" : found.get(0).getText()) + "; console: " + console(), ex);
		}
	}

	/** The page's console messages since the last call. */
	List<String> console() {
		return this.driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
	}

	void awaitCount(String css, int atLeast) {
		new WebDriverWait(this.driver, Duration.ofSeconds(30)).until(d -> d.findElements(By.cssSelector(css)).size() >= atLeast);
	}

	List<WebElement> all(String css) {
		return this.driver.findElements(By.cssSelector(css));
	}

	/** Gives the console a credential through its own form (it keeps it in the tab's session storage). */
	void signIn(String origin, String credential) {
		open(origin + "/console");
		WebElement input = await("#credential");
		input.clear();
		input.sendKeys(credential);
		this.driver.findElement(By.cssSelector("#credentials button[type=submit]")).click();
		awaitText("#who", credential.isEmpty() ? "No credential" : "Signed in");
	}

	void resize(int width, int height) {
		this.driver.manage().window().setSize(new Dimension(width, height));
	}

	Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".png");
			Files.write(file, this.driver.getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Every URL requested (HTTP and WebSocket) since the last call, read from the performance log; a load
	 * the page's Content-Security-Policy refused is not a request (Chromium never sends it).
	 */
	List<String> requests() {
		Map<String, String> byId = new LinkedHashMap<>();
		for (LogEntry entry : this.driver.manage().logs().get(LogType.PERFORMANCE)) {
			JsonNode message = JSON.readTree(entry.getMessage()).path("message");
			JsonNode params = message.path("params");
			String id = params.path("requestId").asString("");
			switch (message.path("method").asString("")) {
				case "Network.requestWillBeSent" -> byId.putIfAbsent(id, params.path("request").path("url").asString(""));
				case "Network.webSocketCreated" -> byId.putIfAbsent(id, params.path("url").asString(""));
				case "Network.loadingFailed" -> {
					if (params.path("blockedReason").asString("").equals("csp")) {
						byId.remove(id);
					}
				}
				default -> {
				}
			}
		}
		this.requested.addAll(byId.values());
		List<String> all = List.copyOf(this.requested);
		this.requested.clear();
		return all;
	}

	/** The requests that went (or tried to go) anywhere but this machine. */
	List<String> externalRequests() {
		return requests().stream().filter(url -> {
			if (url.startsWith("data:") || url.startsWith("blob:") || url.startsWith("about:")) {
				return false;
			}
			String host = URI.create(url.replace(" ", "%20")).getHost();
			return host == null || !LOCAL_HOSTS.contains(host);
		}).toList();
	}

	Object script(String js, Object... args) {
		return this.driver.executeScript(js, args);
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
