package io.stepwise.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * The portal is buildless: the browser resolves every import itself, through index.html's import map, from the files
 * the gateway serves (this jar and the WebJars on its classpath). This test walks the same graph the browser does,
 * from the app's entry module through Lit and Chart.js, so that a WebJar version changed in the pom without the import
 * map, a missing file, or a bare import the map does not name fails here rather than as a blank page.
 */
class ModuleGraphTest {

    private static final String ROOT = "META-INF/resources";
    private static final Pattern IMPORT = Pattern.compile(
            "(?:\\bimport|\\bexport)\\s*(?:[\\w*${}\\s,]+?\\s*from\\s*)?[\"']([^\"']+)[\"']|\\bimport\\(\\s*[\"']([^\"']+)[\"']\\s*\\)");

    private static Map<String, String> importMap;

    @BeforeAll
    static void readTheImportMap() {
        String index = read("/index.html");
        Matcher map = Pattern.compile("<script type=\"importmap\">(.*?)</script>", Pattern.DOTALL).matcher(index);
        assertThat(map.find()).as("index.html has an import map").isTrue();
        importMap = new LinkedHashMap<>();
        JsonMapper.builder().build().readTree(map.group(1)).get("imports").properties()
                .forEach(entry -> importMap.put(entry.getKey(), entry.getValue().asString()));
    }

    @Test
    void everyModuleTheAppLoadsExistsAndEveryBareImportIsMapped() {
        var seen = new HashSet<String>();
        var queue = new ArrayDeque<>(List.of("/app/main.js"));
        var problems = new ArrayList<String>();
        while (!queue.isEmpty()) {
            String module = queue.poll();
            if (!seen.add(module)) {
                continue;
            }
            String source = readOrNull(module);
            if (source == null) {
                problems.add(module + " is not served");
                continue;
            }
            for (String specifier : imports(source)) {
                String resolved = resolve(module, specifier);
                if (resolved == null) {
                    problems.add(module + " imports '" + specifier + "', which the import map does not name");
                } else {
                    queue.add(resolved);
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(seen).as("the app reaches Lit and Chart.js through the map")
                .anyMatch(path -> path.startsWith("/webjars/lit-html/"))
                .anyMatch(path -> path.startsWith("/webjars/chart.js/"))
                .anyMatch(path -> path.startsWith("/webjars/kurkle__color/"));
    }

    @Test
    void everyMappedWebJarPathIsOnTheClasspath() {
        importMap.forEach((name, target) -> {
            String probe = target.endsWith("/") ? target + "package.json" : target;
            assertThat(readOrNull(probe)).as("%s → %s", name, probe).isNotNull();
        });
    }

    /** The module specifiers of static imports, re-exports and literal dynamic imports; comments are left out. */
    private static Set<String> imports(String source) {
        String code = source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
        var found = new HashSet<String>();
        Matcher matcher = IMPORT.matcher(code);
        while (matcher.find()) {
            found.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
        }
        return found;
    }

    /** A specifier as the browser resolves it: relative to the importing module, absolute, or through the map. */
    private static String resolve(String module, String specifier) {
        if (specifier.startsWith("./") || specifier.startsWith("../") || specifier.startsWith("/")) {
            return URI.create("http://portal" + module).resolve(specifier).getPath();
        }
        if (importMap.containsKey(specifier)) {
            return importMap.get(specifier);
        }
        return importMap.entrySet().stream()
                .filter(entry -> entry.getKey().endsWith("/") && specifier.startsWith(entry.getKey()))
                .max((a, b) -> Integer.compare(a.getKey().length(), b.getKey().length()))
                .map(entry -> entry.getValue() + specifier.substring(entry.getKey().length())).orElse(null);
    }

    private static String read(String path) {
        String text = readOrNull(path);
        assertThat(text).as(path).isNotNull();
        return text;
    }

    private static String readOrNull(String path) {
        try (InputStream in = ModuleGraphTest.class.getClassLoader().getResourceAsStream(ROOT + path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
