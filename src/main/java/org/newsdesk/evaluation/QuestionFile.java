package org.newsdesk.evaluation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a question file: UTF-8, one JSON object a line ({@code q}, {@code kind}, {@code expect},
 * {@code answerable}, optional {@code doc} and {@code after}), blank lines ignored. Strict: an unknown
 * field, a wrong type, a bad pattern or a line too long stops the reading with a message naming the line,
 * so a typo never silently weakens a measurement.
 */
public final class QuestionFile {

    /** Far above any real question line; bounds the memory one line can take. */
    static final int MAX_LINE_BYTES = 64_000;
    /** Far above any real question set; bounds the work one file can ask for. */
    static final int MAX_QUESTIONS = 100_000;

    private static final Set<String> FIELDS = Set.of("q", "kind", "expect", "answerable", "doc", "after");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    private QuestionFile() {
    }

    public static List<EvalQuestion> read(Path file) throws QuestionFileException, IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (NoSuchFileException e) {
            throw new QuestionFileException("no question file " + file);
        }
    }

    public static List<EvalQuestion> read(InputStream in) throws QuestionFileException, IOException {
        LineReader lines = new LineReader(in, MAX_LINE_BYTES);
        List<EvalQuestion> questions = new ArrayList<>();
        for (String line = lines.next(); line != null; line = lines.next()) {
            if (lines.number() == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            if (questions.size() == MAX_QUESTIONS) {
                throw new QuestionFileException("more than " + MAX_QUESTIONS + " questions");
            }
            questions.add(parse(lines.number(), line));
        }
        if (questions.isEmpty()) {
            throw new QuestionFileException("the question file holds no questions");
        }
        return List.copyOf(questions);
    }

    /** One line as a question, or an exception naming the line and what is wrong with it. */
    static EvalQuestion parse(int number, String line) throws QuestionFileException {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new QuestionFileException("line " + number + ": not a JSON object: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new QuestionFileException("line " + number + ": not a JSON object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new QuestionFileException("line " + number + ": unknown field '" + shortened(name)
                        + "' (fields: q, kind, expect, answerable, doc, after)");
            }
        }
        String text = requiredText(node, "q", number);
        String kindLabel = requiredText(node, "kind", number);
        EvalKind kind = EvalKind.byLabel(kindLabel).orElseThrow(() -> new QuestionFileException("line " + number
                + ": unknown kind '" + shortened(kindLabel) + "' (kinds: " + EvalKind.labels() + ")"));
        String expect = requiredText(node, "expect", number);
        Pattern pattern;
        try {
            pattern = Pattern.compile(expect, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new QuestionFileException("line " + number + ": 'expect' is not a valid regular expression: "
                    + e.getDescription() + " near index " + e.getIndex());
        }
        JsonNode answerable = node.get("answerable");
        if (answerable == null || !answerable.isBoolean()) {
            throw new QuestionFileException("line " + number + ": 'answerable' must be true or false");
        }
        Optional<String> document = optionalText(node, "doc", number);
        Optional<String> after = optionalText(node, "after", number);
        if (kind == EvalKind.FOLLOW_UP && after.isEmpty()) {
            throw new QuestionFileException("line " + number + ": a follow_up question needs 'after', the question before it");
        }
        return new EvalQuestion(number, text, kind, pattern, answerable.booleanValue(), document, after);
    }

    private static String requiredText(JsonNode node, String field, int number) throws QuestionFileException {
        return optionalText(node, field, number).orElseThrow(
                () -> new QuestionFileException("line " + number + ": '" + field + "' is missing"));
    }

    private static Optional<String> optionalText(JsonNode node, String field, int number) throws QuestionFileException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new QuestionFileException("line " + number + ": '" + field + "' must be a non-empty string");
        }
        return Optional.of(value.asText());
    }

    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }

    /** Lines of UTF-8 text, each decoded strictly, refusing any line longer than a limit before reading it whole. */
    private static final class LineReader {
        private final InputStream in;
        private final int limit;
        private int number;
        private boolean ended;

        LineReader(InputStream in, int limit) {
            this.in = new BufferedInputStream(in);
            this.limit = limit;
        }

        /** The next line without its line break, or null at the end. */
        String next() throws IOException, QuestionFileException {
            if (ended) {
                return null;
            }
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                if (line.size() == limit) {
                    throw new QuestionFileException("line " + (number + 1) + ": longer than " + limit + " bytes");
                }
                line.write(b);
            }
            if (b == -1) {
                ended = true;
                if (line.size() == 0) {
                    return null;
                }
            }
            number++;
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(line.toByteArray())).toString();
            } catch (CharacterCodingException e) {
                throw new QuestionFileException("line " + number + ": not valid UTF-8");
            }
            return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
        }

        int number() {
            return number;
        }
    }
}
