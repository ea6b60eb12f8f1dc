package org.newsdesk.index;

/** Told how far a long piece of work has come. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (done, total, what) -> { };

    /**
     * @param done  units finished
     * @param total units in all
     * @param what  what a unit is, in the plural ("articles")
     */
    void update(int done, int total, String what);
}
