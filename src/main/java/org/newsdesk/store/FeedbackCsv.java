package org.newsdesk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The answers readers flagged, as CSV for a spreadsheet: question, not helpful and helpful counts, last
 * rated (UTC, ISO 8601), the answer and the sentences it quoted ("title: quote", separated by " | "), with a
 * header row. Nothing in it names a reader. Text that starts like a formula is defused as in
 * {@link UnansweredCsv}.
 */
public final class FeedbackCsv {

    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema COLUMNS = CsvSchema.builder().addColumn("question").addColumn("not_helpful")
            .addColumn("helpful").addColumn("last_rated").addColumn("answer").addColumn("sources").build()
            .withHeader();

    private FeedbackCsv() {
    }

    public static byte[] of(List<RatedAnswer> answers) {
        Object[][] rows = answers.stream().map(rated -> new Object[] {UnansweredCsv.defused(rated.answer().question()),
                rated.notHelpful(), rated.helpful(), rated.lastRated().toString(),
                UnansweredCsv.defused(rated.answer().answer()), UnansweredCsv.defused(sources(rated.answer()))})
                .toArray(Object[][]::new);
        try {
            // a byte-order mark, so spreadsheets read the file as UTF-8
            return ("\uFEFF" + CSV.writer(COLUMNS).writeValueAsString(rows)).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("writing CSV in memory failed", e);
        }
    }

    private static String sources(AnswerRecord answer) {
        return answer.sources().stream().map(source -> source.title() + ": " + source.quote())
                .collect(Collectors.joining(" | "));
    }
}
