package io.stepwise.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;

/**
 * The rules the portal's own modules apply, run in a real browser: the figures shown while something is typed — an
 * outcome's score and band, the minimal important change around a baseline, an opioid's MME/day — held against the
 * rules plan-service applies (docs/care-plans.md; CDC 2022 factors), and how a stale edit is re-applied on someone
 * else's changes. The modules are served from the portal's jar on the classpath: no platform needed.
 */
@ExtendWith(SharedBrowser.class)
class PortalModulesIT {

    private static final String ORIGIN = "https://portal.test";
    private static BrowserContext context;
    private static Page page;

    @BeforeAll
    static void openAModulePage(com.microsoft.playwright.Browser browser) {
        context = browser.newContext();
        context.route(ORIGIN + "/**", PortalModulesIT::serveFromTheClasspath);
        page = context.newPage();
        page.navigate(ORIGIN + "/arithmetic.html");
    }

    @AfterAll
    static void close() {
        if (context != null) {
            context.close();
        }
    }

    @ParameterizedTest(name = "{0} {1} → {2} {3}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
        "NRS; 7; 7; -",
        "PEG; 7,6,4; 5.67; -",
        "PEG; 4,4,3; 3.67; -",
        "PEG; 10,10,10; 10; -",
        "ODI; 2,3,1,0,4,2,1,0,3,2; 36; Moderate",
        "ODI; 2,-,3,1,-,-,-,-,-,-; 40; Moderate",
        "ODI; 0,0,0,0,0,0,0,0,0,1; 2; Minimal",
        "ODI; 5,5,5,5,5,5,5,5,5,5; 100; Bed-bound",
        "PHQ9; 1,1,1,1,1,1,1,1,0; 8; Mild",
        "PHQ9; 3,3,3,3,3,3,3,3,3; 27; Severe",
        "GAD7; 2,2,2,2,2,2,2; 14; Moderate",
        "GAD7; 0,0,0,0,0,0,0; 0; Minimal"})
    void theScoreAsTypedIsThePlanServicesScore(String measure, String items, double score, String band) {
        List<Integer> answers = java.util.Arrays.stream(items.split(","))
                .map(item -> item.equals("-") ? null : Integer.valueOf(item)).toList();
        @SuppressWarnings("unchecked")
        var preview = (Map<String, Object>) page.evaluate("""
                async ([measure, items]) => {
                  const { previewScore } = await import('/app/plans/instruments.js');
                  return previewScore(measure, items);
                }""", List.of(measure, answers));
        assertThat(((Number) preview.get("score")).doubleValue()).isCloseTo(score, within(0.001));
        assertThat(preview.get("band")).isEqualTo(band);
    }

    @ParameterizedTest(name = "{0} items {1}: no score yet")
    @CsvSource(delimiter = ';', value = {"PEG; 7,6", "PHQ9; 1,1,1,1,1,1,1,1", "NRS; ''"})
    void anIncompleteOutcomeHasNoScoreYet(String measure, String items) {
        var preview = (Map<?, ?>) page.evaluate("""
                async ([measure, typed]) => {
                  const { INSTRUMENTS, previewScore } = await import('/app/plans/instruments.js');
                  const items = INSTRUMENTS[measure].items.map((_, i) => typed[i] === undefined || typed[i] === ''
                    ? null : Number(typed[i]));
                  return previewScore(measure, items);
                }""", List.of(measure, List.of(items.split(","))));
        assertThat(preview.get("score")).isNull();
    }

    @ParameterizedTest(name = "{0} item {1}: {2}")
    @CsvSource(delimiter = ';', value = {"PEG; 11; false", "PEG; 10; true", "PEG; 2.5; false", "PEG; -1; false",
        "ODI; 6; false", "ODI; 5; true", "PHQ9; 3; true", "PHQ9; 4; false"})
    void onlyAWholeNumberInTheItemsRangeIsAnAnswer(String measure, String typed, boolean accepted) {
        Object problem = page.evaluate("""
                async ([measure, typed]) => (await import('/app/plans/instruments.js')).itemProblem(measure, typed)""",
                List.of(measure, typed));
        assertThat(((String) problem).isEmpty()).as("accepted: %s", problem).isEqualTo(accepted);
    }

    @ParameterizedTest(name = "{0}, baseline {1}: ±{2}")
    @CsvSource({"NRS, 8, 2", "NRS, 5, 1.5", "PEG, 6.67, 1", "ODI, 50, 10", "ODI, 20, 6", "PHQ9, 14, 5", "GAD7, 10, 4"})
    void theBaselineBandIsTheSmallestChangeThatCounts(String measure, double baseline, double halfWidth) {
        Object band = page.evaluate("""
                async ([measure, baseline]) =>
                  (await import('/app/plans/instruments.js')).mcidHalfWidth(measure, baseline)""",
                List.of(measure, baseline));
        assertThat(((Number) band).doubleValue()).isCloseTo(halfWidth, within(0.001));
    }

    @ParameterizedTest(name = "{0} {1} mg × {2}/day, {3} mcg/h → {4} MME/day")
    @CsvSource(nullValues = "-", value = {
        "OXYCODONE, 5, 3, -, 22.5", "MORPHINE, 30, 2, -, 60", "HYDROCODONE, 10, 4, -, 40",
        "HYDROMORPHONE, 4, 4, -, 80", "CODEINE, 30, 4, -, 18", "TRAMADOL, 50, 4, -, 40", "TAPENTADOL, 50, 2, -, 40",
        "OXYMORPHONE, 10, 2, -, 60", "METHADONE, 10, 2, -, 94", "FENTANYL_TRANSDERMAL, -, -, 25, 60"})
    void anOpioidsDailyMmeAsTypedIsTheCdcArithmetic(String opioid, Double doseMg, Integer dosesPerDay,
            Double mcgPerHour, double mme) {
        Object daily = page.evaluate("""
                async ([opioid, mg, perDay, mcg]) =>
                  (await import('/app/plans/opioid-dose.js')).dailyMme(opioid, mg, perDay, mcg)""",
                java.util.Arrays.asList(opioid, doseMg, dosesPerDay, mcgPerHour));
        assertThat(((Number) daily).doubleValue()).isCloseTo(mme, within(0.0001));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "they renamed, I described: both kept; {\"name\":\"B\",\"description\":\"mine\",\"flags\":{\"x\":true,\"y\":false}}; []",
        "they set a flag, I set another: both kept; {\"name\":\"A\",\"description\":\"d\",\"flags\":{\"x\":true,\"y\":true}}; []",
        "we both renamed: mine kept, named; {\"name\":\"C\",\"description\":\"d\",\"flags\":{\"x\":true,\"y\":false}}; [\"name\"]"})
    void aStaleEditIsReappliedOnTheOtherChangesWithoutUndoingThem(String change, String merged, String conflicts) {
        var base = "{\"name\":\"A\",\"description\":\"d\",\"flags\":{\"x\":false,\"y\":false}}";
        var theirs = "{\"name\":\"B\",\"description\":\"d\",\"flags\":{\"x\":true,\"y\":false}}";
        var mine = switch (change.substring(0, change.indexOf(':'))) {
            case "they renamed, I described" -> "{\"name\":\"A\",\"description\":\"mine\",\"flags\":{\"x\":false,\"y\":false}}";
            case "they set a flag, I set another" -> "{\"name\":\"A\",\"description\":\"d\",\"flags\":{\"x\":false,\"y\":true}}";
            default -> "{\"name\":\"C\",\"description\":\"d\",\"flags\":{\"x\":false,\"y\":false}}";
        };
        if (change.startsWith("they set a flag")) {
            theirs = "{\"name\":\"A\",\"description\":\"d\",\"flags\":{\"x\":true,\"y\":false}}";
        }
        var result = (Map<?, ?>) page.evaluate("""
                async ([base, mine, theirs]) => {
                  const { mergeEdits } = await import('/app/ui/merge.js');
                  const { merged, conflicts } = mergeEdits(JSON.parse(base), JSON.parse(mine), JSON.parse(theirs));
                  return { merged: JSON.stringify(merged), conflicts: JSON.stringify(conflicts) };
                }""", List.of(base, mine, theirs));
        assertThat(result.get("merged")).isEqualTo(merged);
        assertThat(result.get("conflicts")).isEqualTo(conflicts);
    }

    /** The portal's files from its jar; one blank page with the import map for the modules to be imported from. */
    private static void serveFromTheClasspath(Route route) {
        String path = route.request().url().substring(ORIGIN.length()).split("[?#]")[0];
        if (path.equals("/arithmetic.html")) {
            route.fulfill(new Route.FulfillOptions().setContentType("text/html").setBody(
                    "<!doctype html><title>arithmetic</title><script type=\"importmap\">" + importMap()
                            + "</script>"));
            return;
        }
        byte[] body = resource(path);
        if (body == null) {
            route.fulfill(new Route.FulfillOptions().setStatus(404));
        } else {
            route.fulfill(new Route.FulfillOptions().setBodyBytes(body)
                    .setContentType(path.endsWith(".js") ? "text/javascript" : "application/octet-stream"));
        }
    }

    private static String importMap() {
        Matcher map = Pattern.compile("<script type=\"importmap\">(.*?)</script>", Pattern.DOTALL)
                .matcher(new String(resource("/index.html"), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(map.find()).isTrue();
        return map.group(1);
    }

    private static byte[] resource(String path) {
        try (InputStream in = PortalModulesIT.class.getClassLoader()
                .getResourceAsStream("META-INF/resources" + path)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
