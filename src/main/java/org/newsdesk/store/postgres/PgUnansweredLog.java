package org.newsdesk.store.postgres;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.newsdesk.store.UnansweredLog;
import org.newsdesk.store.UnansweredQuestion;

/**
 * The unanswered questions as rows keyed by the question compared loosely (as the file log does): asking
 * again counts in place. Bounded like the file log: past the limit, the questions asked least recently go.
 */
record PgUnansweredLog(Database database, int limit) implements UnansweredLog {

    @Override
    public void record(String question, Instant asked) {
        String text = question.strip();
        if (text.isEmpty()) {
            return;
        }
        Timestamp at = Timestamp.from(asked);
        database.inTransaction("recording an unanswered question", connection -> {
            Database.execute(connection, "INSERT INTO unanswered"
                    + " (question_key, question, asked, first_asked, last_asked) VALUES (?, ?, 1, ?, ?)"
                    + " ON CONFLICT (question_key) DO UPDATE SET asked = unanswered.asked + 1,"
                    + " first_asked = least(unanswered.first_asked, excluded.first_asked),"
                    + " last_asked = greatest(unanswered.last_asked, excluded.last_asked)",
                    UnansweredQuestion.key(text), text, at, at);
            return Database.execute(connection, "DELETE FROM unanswered WHERE question_key IN"
                    + " (SELECT question_key FROM unanswered ORDER BY last_asked DESC OFFSET ?)", limit);
        });
    }

    @Override
    public List<UnansweredQuestion> mostAsked() {
        return database.inTransaction("reading the unanswered questions", connection -> {
            List<UnansweredQuestion> questions = new ArrayList<>();
            try (ResultSet rows = connection.createStatement().executeQuery("SELECT question, asked, first_asked,"
                    + " last_asked FROM unanswered ORDER BY asked DESC, last_asked DESC")) {
                while (rows.next()) {
                    questions.add(new UnansweredQuestion(rows.getString(1), rows.getLong(2),
                            rows.getTimestamp(3).toInstant(), rows.getTimestamp(4).toInstant()));
                }
            }
            return questions;
        });
    }
}
