package org.newsdesk.knowledge;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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

    /** Publication dates before this are a typing error, not an article this desk holds. */
    static final LocalDate EARLIEST_PUBLISHED = LocalDate.of(1900, 1, 1);

    FrontMatter {
        // an empty item ("facts: [~]") stays, to be reported by checked(), not thrown as a NullPointerException
        facts = facts == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(facts));
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
            return new Parsed(parsed.checked(), yaml.end());
        }
        if (content.startsWith("{")) {
            try (JsonParser parser = JSON.createParser(content)) {
                FrontMatter parsed = JSON.readValue(parser, FrontMatter.class);
                return new Parsed(parsed.checked(), (int) parser.currentLocation().getCharOffset());
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

    /** What Jackson cannot check: no empty fact, and a publication date that could be real. */
    private FrontMatter checked() throws ArticleFormatException {
        for (int i = 0; i < facts.size(); i++) {
            if (facts.get(i) == null) {
                throw new ArticleFormatException("bad front matter: fact " + (i + 1)
                        + " is empty; each fact needs 'fact' and 'quote'");
            }
        }
        if (published != null) {
            checkPublished(published.strip(), LocalDate.now(ZoneOffset.UTC));
        }
        return this;
    }

    /** A date after tomorrow (any time zone's today) or before 1900 is refused; a malformed one is left to the parser. */
    static void checkPublished(String published, LocalDate today) throws ArticleFormatException {
        LocalDate date;
        try {
            date = LocalDate.parse(published);
        } catch (DateTimeParseException notADate) {
            return;
        }
        if (date.isAfter(today.plusDays(1))) {
            throw new ArticleFormatException("bad front matter: field 'published' is " + date
                    + ", a date in the future");
        }
        if (date.isBefore(EARLIEST_PUBLISHED)) {
            throw new ArticleFormatException("bad front matter: field 'published' is " + date + ", before 1900");
        }
    }

    private static String describe(IOException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName()
                    + "' (known: title, publisher, published, place, url, author, authors, facts; a fact has fact and quote)";
        }
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = field(mismatch.getPath());
            return "field '" + field + "' must be " + expected(mismatch.getTargetType(), field)
                    + given(mismatch.getOriginalMessage());
        }
        if (e instanceof JsonProcessingException json) {
            String message = json.getOriginalMessage();
            var location = json.getLocation();
            return location == null ? message : message + " (line " + location.getLineNr() + ")";
        }
        return e.getMessage();
    }

    /** {@code facts[2].quote}: the field as an editor would name it, items counted from 1. */
    private static String field(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference step : path) {
            if (step.getFieldName() != null) {
                field.append(field.length() == 0 ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                field.append('[').append(step.getIndex() + 1).append(']');
            }
        }
        return field.toString();
    }

    private static String expected(Class<?> type, String field) {
        if (type == String.class) {
            return "text";
        }
        if (type != null && Collection.class.isAssignableFrom(type)) {
            return field.equals("facts") ? "a list of facts, each with 'fact' and 'quote'" : "a list";
        }
        return type == Fact.class ? "a fact with 'fact' and 'quote'" : "of another kind";
    }

    /** What was there instead, read from Jackson's wording ("from Integer value", "Cannot coerce Boolean value"). */
    private static String given(String message) {
        if (message == null) {
            return "";
        }
        if (message.contains("Integer value") || message.contains("Floating-point value")
                || message.contains("Number value")) {
            return ", not a number";
        }
        if (message.contains("Boolean value")) {
            return ", not true or false";
        }
        if (message.contains("Array value")) {
            return ", not a list";
        }
        return message.contains("Object value") ? ", not a set of fields" : "";
    }

    /** Strict: unknown fields, and numbers or booleans where text is expected ({@code title: 12345}), are errors. */
    private static ObjectMapper configure(ObjectMapper mapper) {
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);
    }
}
