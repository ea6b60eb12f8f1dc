package org.newsdesk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** Memory figures of this process and of child processes, in megabytes, as Linux reports them. */
final class Memory {

    private Memory() {
    }

    /** Heap in use after a full collection: what the live objects take. */
    static double liveHeapMb() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6;
    }

    /** Resident set size now ({@code VmRSS}) of a process, when /proc tells. */
    static OptionalLong residentKb(long pid) {
        return status(pid, "VmRSS:");
    }

    /** Peak resident set size so far ({@code VmHWM}) of a process, when /proc tells. */
    static OptionalLong peakResidentKb(long pid) {
        return status(pid, "VmHWM:");
    }

    static String mb(OptionalLong kb) {
        return kb.isPresent() ? String.format("%.0f", kb.getAsLong() / 1024.0) : "n/a";
    }

    private static OptionalLong status(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(field)) {
                    return OptionalLong.of(Long.parseLong(line.substring(field.length()).replace("kB", "").strip()));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }
}
