package org.newsdesk.store.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsdesk.store.AnswerRecord;
import org.newsdesk.store.FeedbackKeys;
import org.newsdesk.store.FeedbackLog;
import org.newsdesk.store.KeyedHash;
import org.newsdesk.store.RatedAnswer;
import org.newsdesk.store.Rating;
import org.newsdesk.store.StoreException;

/**
 * The feedback log as rows every instance shares: one per answer (its record as JSON, the keyed hash of its
 * chat, the counts) and one per reader who rated it (a keyed hash, so a reader rates an answer once, on any
 * instance). Bounded like the file log: unrated answers by when they were given, rated ones by when they
 * were last rated, each past its own limit.
 */
final class PgFeedbackLog implements FeedbackLog {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Database database;
    private final FeedbackKeys keys;

    PgFeedbackLog(Database database) {
        this.database = database;
        this.keys = new FeedbackKeys(new KeyedHash(sharedKey(database)));
    }

    /** The one key of every instance: the first to start makes it. */
    private static byte[] sharedKey(Database database) {
        return database.inTransaction("reading the feedback key", connection -> {
            try (var insert = connection.prepareStatement(
                    "INSERT INTO feedback_key (id, key) VALUES (1, ?) ON CONFLICT (id) DO NOTHING")) {
                insert.setBytes(1, KeyedHash.newKey());
                insert.executeUpdate();
            }
            try (ResultSet row = connection.createStatement().executeQuery("SELECT key FROM feedback_key WHERE id = 1")) {
                row.next();
                return row.getBytes(1);
            }
        });
    }

    @Override
    public void remember(AnswerRecord answer, long chat) {
        String record = write(answer);
        database.inTransaction("keeping an answer for its buttons", connection -> {
            Database.execute(connection, "INSERT INTO feedback_answers (id, chat_hash, answer) VALUES (?, ?, ?)"
                    + " ON CONFLICT (id) DO NOTHING", answer.id(), keys.chat(answer.id(), chat), record);
            return Database.execute(connection, "DELETE FROM feedback_answers WHERE id IN (SELECT id FROM"
                    + " feedback_answers WHERE last_rated IS NULL ORDER BY remembered DESC OFFSET ?)", UNRATED_KEPT);
        });
    }

    @Override
    public Optional<AnswerRecord> answer(String id, long chat) {
        return database.inTransaction("reading an answer", connection -> find(connection, id, chat, false)
                .map(PgFeedbackLog::read));
    }

    @Override
    public Outcome rate(String id, long chat, long reader, Rating rating, Instant at) {
        return database.inTransaction("counting a rating", connection -> {
            if (find(connection, id, chat, true).isEmpty()) {
                return Outcome.UNKNOWN_ANSWER;
            }
            try (var rater = connection.prepareStatement(
                    "INSERT INTO feedback_raters (answer_id, rater) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                rater.setString(1, id);
                rater.setString(2, keys.reader(id, reader));
                if (rater.executeUpdate() == 0) {
                    return Outcome.ALREADY_RATED;
                }
            }
            String count = rating == Rating.HELPFUL ? "helpful = helpful + 1" : "not_helpful = not_helpful + 1";
            try (var update = connection.prepareStatement("UPDATE feedback_answers SET " + count
                    + ", last_rated = greatest(coalesce(last_rated, ?), ?) WHERE id = ?")) {
                update.setTimestamp(1, Timestamp.from(at));
                update.setTimestamp(2, Timestamp.from(at));
                update.setString(3, id);
                update.executeUpdate();
            }
            try (var trim = connection.prepareStatement("DELETE FROM feedback_answers WHERE id IN (SELECT id FROM"
                    + " feedback_answers WHERE last_rated IS NOT NULL ORDER BY last_rated DESC OFFSET ?)")) {
                trim.setInt(1, RATED_KEPT);
                trim.executeUpdate();
            }
            return Outcome.COUNTED;
        });
    }

    @Override
    public List<RatedAnswer> flagged() {
        return database.inTransaction("reading the flagged answers", connection -> {
            List<RatedAnswer> flagged = new ArrayList<>();
            try (ResultSet rows = connection.createStatement().executeQuery("SELECT answer, helpful, not_helpful,"
                    + " last_rated FROM feedback_answers WHERE not_helpful > 0"
                    + " ORDER BY not_helpful DESC, last_rated DESC")) {
                while (rows.next()) {
                    flagged.add(new RatedAnswer(read(rows.getString(1)), rows.getLong(2), rows.getLong(3),
                            rows.getTimestamp(4).toInstant()));
                }
            }
            return flagged;
        });
    }

    /** The answer's record if it was given in {@code chat}; {@code lock} holds the row until the transaction ends. */
    private Optional<String> find(Connection connection, String id, long chat, boolean lock) throws SQLException {
        try (var select = connection.prepareStatement("SELECT answer FROM feedback_answers WHERE id = ? AND chat_hash = ?"
                + (lock ? " FOR UPDATE" : ""))) {
            select.setString(1, id);
            select.setString(2, keys.chat(id, chat));
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    private static String write(AnswerRecord answer) {
        try {
            return JSON.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot write an answer's record: " + e.getOriginalMessage(), e);
        }
    }

    private static AnswerRecord read(String record) {
        try {
            return JSON.readValue(record, AnswerRecord.class);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot read an answer's record: " + e.getOriginalMessage(), e);
        }
    }
}
