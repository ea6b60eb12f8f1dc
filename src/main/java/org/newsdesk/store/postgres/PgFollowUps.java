package org.newsdesk.store.postgres;

import java.sql.Array;
import java.sql.ResultSet;
import java.util.List;
import org.newsdesk.store.FollowUps;

/** Each chat's last questions as one row, so a follow-up answered on any instance leans on the same ones. */
record PgFollowUps(Database database) implements FollowUps {

    @Override
    public List<String> earlier(String chat) {
        return database.inTransaction("reading a chat's last questions", connection -> {
            try (var statement = connection.prepareStatement("SELECT questions FROM follow_ups WHERE chat = ?")) {
                statement.setString(1, chat);
                try (ResultSet row = statement.executeQuery()) {
                    return row.next() ? List.of((String[]) row.getArray(1).getArray()) : List.<String>of();
                }
            }
        });
    }

    @Override
    public void remember(String chat, String question) {
        database.inTransaction("remembering a chat's question", connection -> {
            Array one = connection.createArrayOf("text", new String[] {question});
            // appends the question (the array is oldest first), then keeps the last few with a slice
            try (var statement = connection.prepareStatement("INSERT INTO follow_ups (chat, questions) VALUES (?, ?)"
                    + " ON CONFLICT (chat) DO UPDATE SET questions = (follow_ups.questions || excluded.questions)"
                    + "[greatest(1, cardinality(follow_ups.questions) + 2 - ?):], updated_at = clock_timestamp()")) {
                statement.setString(1, chat);
                statement.setArray(2, one);
                statement.setInt(3, REMEMBERED_QUESTIONS);
                return statement.executeUpdate();
            }
        });
    }

    @Override
    public void forget(String chat) {
        database.update("forgetting a chat's questions", "DELETE FROM follow_ups WHERE chat = ?", chat);
    }
}
