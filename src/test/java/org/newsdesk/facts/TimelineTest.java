package org.newsdesk.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.testsupport.TestDesks;

class TimelineTest {

    @TempDir
    Path root;

    @Test
    void should_keep_the_latest_events_when_there_are_more_than_a_reader_can_follow() throws IOException {
        // given: an archive story dating one flood a year, from 1950 to 1994
        String years = IntStream.rangeClosed(1950, 1994)
                .mapToObj(year -> "The river flooded the lower town in " + year + ".")
                .collect(Collectors.joining("\n\n"));
        Path article = Files.writeString(root.resolve("2025-10-01-river-archive.txt"), years + "\n");

        // when
        List<TimelineEvent> timeline = TestDesks.loaded(root.resolve("desk"), article.toString()).timeline();

        // then
        assertThat(timeline).hasSize(Timeline.MAX_EVENTS);
        assertThat(timeline.get(0).date().getYear()).isEqualTo(1994 - Timeline.MAX_EVENTS + 1);
        assertThat(timeline.get(timeline.size() - 1).date().getYear()).isEqualTo(1994);
    }
}
