package org.newsdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** A knowledge folder of synthetic stories on disk, and the one change an incremental reload must notice. */
record Corpus(Path folder, int stories) {

    static Corpus write(Path folder, int stories) throws IOException {
        Files.createDirectories(folder);
        for (int n = 0; n < stories; n++) {
            SyntheticNews.Story story = SyntheticNews.story(n);
            Files.writeString(folder.resolve(story.fileName()), story.text());
        }
        return new Corpus(folder, stories);
    }

    /** Adds a sentence to the first story, as an editor correcting one article would. */
    void amendOneStory() throws IOException {
        Files.writeString(folder.resolve(SyntheticNews.fileName(0)),
                "\nThis story was updated with a correction on Friday.\n", StandardOpenOption.APPEND);
    }
}
