package org.newsdesk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The unanswered questions as CSV for a spreadsheet: question, count, first and last asked (UTC, ISO
 * 8601), with a header row. A question that starts like a formula is prefixed with an apostrophe, so a
 * reader's text is never run as one when an editor opens the file.
 */
public final class UnansweredCsv {

    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema COLUMNS = CsvSchema.builder().addColumn("question").addColumn("count")
            .addColumn("first_asked").addColumn("last_asked").build().withHeader();

    private UnansweredCsv() {
    }

    public static byte[] of(List<UnansweredQuestion> questions) {
        Object[][] rows = questions.stream().map(question -> new Object[] {defused(question.question()),
                question.count(), question.firstAsked().toString(), question.lastAsked().toString()})
                .toArray(Object[][]::new);
        try {
            // a byte-order mark, so spreadsheets read the file as UTF-8
            return ("\uFEFF" + CSV.writer(COLUMNS).writeValueAsString(rows)).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("writing CSV in memory failed", e);
        }
    }

    private static String defused(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
