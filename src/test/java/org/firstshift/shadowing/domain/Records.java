package org.firstshift.shadowing.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds chains of record contents for tests, the way the ledger appends them. */
final class Records {
    static final long TRAINEE = 1001;
    static final long MENTOR = 1002;
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    private final List<RecordContent> contents = new ArrayList<>();

    private int next() {
        return contents.size() + 1;
    }

    /** Appends a sign-off and returns its seq. */
    int signOff(String task, Rating rating) {
        return add(new RecordContent(TRAINEE, next(), RecordKind.SIGN_OFF, "client-" + next(), MENTOR, "SH-SALES", task, 7L,
                DAY, rating, "note " + next(), null, null, null, 1_700_000_000_000L + next()));
    }

    int correction(int of, String task, Rating rating) {
        return add(new RecordContent(TRAINEE, next(), RecordKind.CORRECTION, "client-" + next(), MENTOR, "SH-SALES", task, 7L,
                DAY, rating, "corrected", null, of, null, 1_700_000_000_000L + next()));
    }

    int confirm(int seq) {
        return add(new RecordContent(TRAINEE, next(), RecordKind.CONFIRMATION, null, TRAINEE, null, null, null, null, null,
                null, null, seq, ConfirmationMethod.OWN_PAGE, 1_700_000_000_000L + next()));
    }

    private int add(RecordContent c) {
        contents.add(c);
        return c.seq();
    }

    List<RecordContent> contents() {
        return List.copyOf(contents);
    }

    /** The chain as the ledger would have stored it, with ids 100, 101, ... */
    List<HashChain.Link> links() {
        List<HashChain.Link> links = new ArrayList<>();
        String previous = HashChain.GENESIS;
        for (RecordContent c : contents) {
            HashChain.Link l = HashChain.link(c, previous);
            links.add(new HashChain.Link(99L + c.seq(), c, l.previousHash(), l.hash()));
            previous = l.hash();
        }
        return links;
    }
}
