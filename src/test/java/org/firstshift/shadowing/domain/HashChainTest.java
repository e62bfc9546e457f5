package org.firstshift.shadowing.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HashChainTest {

    private static List<HashChain.Link> chainOfFive() {
        Records r = new Records();
        int greet = r.signOff("SH-S-GREET", Rating.WITH_HELP);
        r.confirm(greet);
        int needs = r.signOff("SH-S-NEEDS", Rating.INDEPENDENTLY);
        r.correction(needs, "SH-S-NEEDS", Rating.WITH_HELP);
        r.signOff("SH-S-GREET", Rating.INDEPENDENTLY);
        return r.links();
    }

    /** The stored link with one field of its content changed, hashes left as they were. */
    private static HashChain.Link tampered(HashChain.Link l, RecordContent changed) {
        return new HashChain.Link(l.recordId(), changed, l.previousHash(), l.hash());
    }

    @Test
    void anUntouchedChainIsIntact() {
        List<HashChain.Link> chain = chainOfFive();
        assertEquals(Optional.empty(), HashChain.verify(chain, 5));
        assertEquals(HashChain.GENESIS, chain.get(0).previousHash());
        assertEquals(chain.get(0).hash(), chain.get(1).previousHash(), "each record names the one before");
    }

    @Test
    void aChangedRatingIsDetectedAtThatRecord() {
        List<HashChain.Link> chain = new ArrayList<>(chainOfFive());
        RecordContent c = chain.get(2).content();
        chain.set(2, tampered(chain.get(2), new RecordContent(c.traineeId(), c.seq(), c.kind(), c.clientId(), c.actorId(),
                c.planCode(), c.taskCode(), c.shiftId(), c.observedOn(), Rating.NOT_YET, c.comment(), c.photoSha256(),
                c.refersToSeq(), c.method(), c.recordedAtMillis())));
        HashChain.Break b = HashChain.verify(chain, 5).orElseThrow();
        assertEquals(102L, b.recordId());
        assertEquals(3, b.seq());
        assertTrue(b.problem().contains("changed"), b.problem());
    }

    @Test
    void aChangedCommentIsDetectedEvenByOneCharacter() {
        List<HashChain.Link> chain = new ArrayList<>(chainOfFive());
        RecordContent c = chain.get(0).content();
        chain.set(0, tampered(chain.get(0), new RecordContent(c.traineeId(), c.seq(), c.kind(), c.clientId(), c.actorId(),
                c.planCode(), c.taskCode(), c.shiftId(), c.observedOn(), c.rating(), c.comment() + ".", c.photoSha256(),
                c.refersToSeq(), c.method(), c.recordedAtMillis())));
        assertEquals(1, HashChain.verify(chain, 5).orElseThrow().seq());
    }

    @Test
    void aRemovedRecordIsDetectedWhereTheGapIs() {
        List<HashChain.Link> chain = new ArrayList<>(chainOfFive());
        chain.remove(1); // the confirmation of the first sign-off
        HashChain.Break b = HashChain.verify(chain, 5).orElseThrow();
        assertEquals(3, b.seq());
        assertTrue(b.problem().contains("#2 is missing"), b.problem());
    }

    @Test
    void aRemovedRecordWithTheRestRenumberedStillBreaksTheLinks() {
        List<HashChain.Link> chain = new ArrayList<>(chainOfFive());
        chain.remove(1);
        // A careful forger renumbers the records after the gap (but cannot recompute the hashes without changing them all).
        List<HashChain.Link> renumbered = new ArrayList<>();
        for (HashChain.Link l : chain) {
            RecordContent c = l.content();
            int seq = renumbered.size() + 1;
            renumbered.add(tampered(l, new RecordContent(c.traineeId(), seq, c.kind(), c.clientId(), c.actorId(), c.planCode(),
                    c.taskCode(), c.shiftId(), c.observedOn(), c.rating(), c.comment(), c.photoSha256(), c.refersToSeq(),
                    c.method(), c.recordedAtMillis())));
        }
        assertEquals(2, HashChain.verify(renumbered, 0).orElseThrow().seq());
    }

    @Test
    void recordsRemovedFromTheEndAreCaughtByTheWitness() {
        List<HashChain.Link> chain = new ArrayList<>(chainOfFive());
        chain.remove(4);
        assertEquals(Optional.empty(), HashChain.verify(chain, 4), "without a witness the tail cannot be known");
        HashChain.Break b = HashChain.verify(chain, 5).orElseThrow();
        assertNull(b.recordId());
        assertEquals(5, b.seq());
    }

    @Test
    void swappedRecordsAreDetected() {
        List<HashChain.Link> chain = new ArrayList<>(chainOfFive());
        HashChain.Link second = chain.get(1);
        chain.set(1, chain.get(2));
        chain.set(2, second);
        HashChain.Break b = HashChain.verify(chain, 5).orElseThrow();
        assertEquals(3, b.seq(), "the first record out of place is reported");
        assertEquals(102L, b.recordId());
    }

    @Test
    void theCanonicalFormCannotBeShiftedBetweenFields() {
        RecordContent a = new RecordContent(1, 1, RecordKind.SIGN_OFF, "x", 2, "P", "T", null, null, Rating.NOT_YET,
                "a\nplan=1:P", null, null, null, 0);
        RecordContent b = new RecordContent(1, 1, RecordKind.SIGN_OFF, "x", 2, "P", "T", null, null, Rating.NOT_YET,
                "a", null, null, null, 0);
        assertNotEquals(a.canonical(), b.canonical());
        assertNotEquals(HashChain.hash(a, HashChain.GENESIS), HashChain.hash(b, HashChain.GENESIS));
        assertEquals(64, HashChain.hash(a, HashChain.GENESIS).length());
    }
}
