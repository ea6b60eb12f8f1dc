package org.newsdesk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.newsdesk.embedding.InProcessEmbeddings;

/** The README's table and the shipped example file say what the schema declares, no more, no less. */
class SchemaDocumentationTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([A-Z0-9_]+)` \\|(.*)\\|(.*)\\|$");

    @Test
    void should_list_every_setting_in_the_readme_with_its_meaning_and_default() throws Exception {
        // given
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("## Configuration"));
        section = section.substring(0, section.indexOf("\n## ", 3));
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String line : section.lines().toList()) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                rows.put(row.group(1), new String[] {row.group(2).strip(), row.group(3).strip()});
            }
        }

        // then
        assertThat(rows.keySet()).containsExactlyElementsOf(Schema.ALL.stream().map(Setting::key).toList());
        for (Setting setting : Schema.ALL) {
            String[] cells = rows.get(setting.key());
            assertThat(cells[0]).as(setting.key()).startsWith(setting.description());
            setting.allowed().forEach(value -> assertThat(cells[0]).as(setting.key()).contains("`" + value + "`"));
            if (setting.defaultValue() == null) {
                assertThat(cells[1]).as(setting.key()).startsWith("unset");
            } else {
                assertThat(cells[1]).as(setting.key()).isEqualTo("`" + setting.defaultValue() + "`");
            }
        }
    }

    @Test
    void should_ship_an_example_file_with_every_setting_a_file_may_hold_and_its_default() throws Exception {
        // given: the example with its commented settings switched on
        String example = Files.readString(Path.of("newsdesk.properties.example"), StandardCharsets.UTF_8);
        Properties properties = new Properties();
        properties.load(new StringReader(example.replaceAll("(?m)^#([A-Z][A-Z0-9_]+=)", "$1")));

        // then
        List<Setting> fileSettings = Schema.ALL.stream().filter(setting -> setting != Schema.CONFIG).toList();
        assertThat(properties.stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(fileSettings.stream().map(Setting::key).toList());
        for (Setting setting : fileSettings) {
            String expected = setting.defaultValue() == null ? "" : setting.defaultValue();
            assertThat(properties.getProperty(setting.key())).as(setting.key()).isEqualTo(expected);
        }
    }

    @Test
    void should_offer_exactly_the_embedding_models_there_are() {
        assertThat(Schema.EMBEDDING_MODEL.allowed()).containsExactlyElementsOf(
                Arrays.stream(InProcessEmbeddings.values()).map(InProcessEmbeddings::id).toList());
        assertThat(Schema.EMBEDDING_MODEL.defaultValue()).isEqualTo(InProcessEmbeddings.DEFAULT.id());
    }
}
