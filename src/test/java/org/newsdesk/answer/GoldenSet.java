package org.newsdesk.answer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The golden question set of {@code src/test/resources/golden/questions.yaml}, and how to grade an answer. */
@JsonIgnoreProperties(ignoreUnknown = false)
record GoldenSet(String seed, String extra, List<Item> questions) {

    static final Path FILE = Path.of("src/test/resources/golden/questions.yaml");

    record Item(String q, List<String> expect, Boolean answerable, String document, List<String> forbidden) {
        Item {
            expect = expect == null ? List.of() : expect;
            forbidden = forbidden == null ? List.of() : forbidden;
        }

        boolean shouldAnswer() {
            return answerable == null || answerable;
        }

        boolean onExtra() {
            return "extra".equals(document);
        }
    }

    /** How one answer fared. */
    record Graded(Item item, Answer answer, boolean correct, String problem) {
    }

    static GoldenSet load() {
        try {
            return new ObjectMapper(new YAMLFactory()).readValue(FILE.toFile(), GoldenSet.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Correct means: an answerable question is answered, quoting an expected phrase, only from the
     * right article, within the length limit, every quote verbatim in its article; an unanswerable one
     * is declined; and no forbidden phrase appears either way.
     */
    Graded grade(Item item, Answer answer, String seedDocument, String extraDocument,
                 java.util.function.Function<String, String> bodyOf) {
        List<String> problems = new ArrayList<>();
        String text = answer.text().toLowerCase(Locale.ROOT);
        for (String forbidden : item.forbidden()) {
            if (text.contains(forbidden.toLowerCase(Locale.ROOT))) {
                problems.add("contains forbidden '" + forbidden + "'");
            }
        }
        if (item.shouldAnswer()) {
            if (!answer.answerable()) {
                problems.add("declined");
            } else {
                if (item.expect().stream().noneMatch(e -> text.contains(e.toLowerCase(Locale.ROOT)))) {
                    problems.add("missing " + item.expect());
                }
                String document = item.onExtra() ? extraDocument : seedDocument;
                for (Source source : answer.sources()) {
                    if (!source.document().equals(document)) {
                        problems.add("quotes wrong article " + source.document());
                    }
                    if (!bodyOf.apply(source.document()).contains(source.quote())) {
                        problems.add("quote not verbatim");
                    }
                }
                if (answer.text().length() > 600) {
                    problems.add("too long: " + answer.text().length());
                }
            }
        } else if (answer.answerable()) {
            problems.add("answered an unanswerable question");
        }
        return new Graded(item, answer, problems.isEmpty(), String.join("; ", problems));
    }
}
