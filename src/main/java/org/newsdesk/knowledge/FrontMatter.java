package org.newsdesk.knowledge;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Optional metadata at the top of an article file: YAML between {@code ---} lines, or a JSON object.
 * Unknown fields are errors, so a misspelt field is reported rather than silently ignored.
 */
record FrontMatter(String title, String publisher, String published, String place, String url,
                   String author, List<String> authors, List<Fact> facts) {

    static final FrontMatter NONE = new FrontMatter(null, null, null, null, null, null, List.of(), List.of());

    record Fact(@JsonProperty(value = "fact", required = true) String fact,
                @JsonProperty(value = "quote", required = true) String quote) {
    }

    /** The front matter and where the article body starts after it. */
    record Parsed(FrontMatter frontMatter, int bodyStart) {
    }

    private static final Pattern YAML_BLOCK = Pattern.compile("\\A---[ \\t]*\\r?\\n(.*?)^(?:---|\\.\\.\\.)[ \\t]*(?:\\r?\\n|\\z)",
            Pattern.DOTALL | Pattern.MULTILINE);
    private static final ObjectMapper YAML = configure(new ObjectMapper(new YAMLFactory()));
    private static final ObjectMapper JSON = configure(new ObjectMapper());

    FrontMatter {
        facts = facts == null ? List.of() : List.copyOf(facts);
        authors = authors == null ? List.of() : authors.stream().filter(a -> a != null && !a.isBlank()).toList();
    }

    /** The authors it names, in either field. */
    List<String> allAuthors() {
        List<String> all = new ArrayList<>();
        if (author != null && !author.isBlank()) {
            all.add(author.strip());
        }
        authors.forEach(name -> all.add(name.strip()));
        return List.copyOf(all);
    }

    static Parsed read(String content) throws ArticleFormatException {
        Matcher yaml = YAML_BLOCK.matcher(content);
        if (yaml.find()) {
            String block = yaml.group(1);
            FrontMatter parsed = block.isBlank() ? NONE : parse(YAML, block);
            return new Parsed(parsed, yaml.end());
        }
        if (content.startsWith("{")) {
            try (JsonParser parser = JSON.createParser(content)) {
                FrontMatter parsed = JSON.readValue(parser, FrontMatter.class);
                return new Parsed(parsed, (int) parser.currentLocation().getCharOffset());
            } catch (IOException e) {
                throw new ArticleFormatException("bad JSON front matter: " + describe(e));
            }
        }
        return new Parsed(NONE, 0);
    }

    private static FrontMatter parse(ObjectMapper mapper, String block) throws ArticleFormatException {
        try {
            FrontMatter parsed = mapper.readValue(block, FrontMatter.class);
            return parsed == null ? NONE : parsed;
        } catch (IOException e) {
            throw new ArticleFormatException("bad front matter: " + describe(e));
        }
    }

    private static String describe(IOException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName()
                    + "' (known: title, publisher, published, place, url, author, authors, facts; a fact has fact and quote)";
        }
        if (e instanceof JsonProcessingException json) {
            String message = json.getOriginalMessage();
            var location = json.getLocation();
            return location == null ? message : message + " (line " + location.getLineNr() + ")";
        }
        return e.getMessage();
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);
    }
}
