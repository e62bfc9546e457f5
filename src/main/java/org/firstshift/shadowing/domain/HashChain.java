package org.firstshift.shadowing.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The tamper evidence of a trainee's records. Each record stores SHA-256 over the previous record's
 * hash and its own canonical content; the first record follows {@link #GENESIS}. Changing any
 * stored field breaks that record's hash; removing or re-ordering records breaks the sequence or
 * the link to the previous hash; removing the newest records is caught by comparing the chain's
 * length with an independent witness (the audit trail records every append).
 */
public final class HashChain {
    public static final String GENESIS = "0".repeat(64);

    private HashChain() {
    }

    /** One stored record as the verifier sees it: its content and the two hashes it stores. */
    public record Link(Long recordId, RecordContent content, String previousHash, String hash) {
    }

    /** The first place a chain is broken: the record (null when records are missing at the end) and why. */
    public record Break(Long recordId, int seq, String problem) {
    }

    public static String hash(RecordContent content, String previousHash) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previousHash.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            sha.update(content.canonical().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The link that stores {@code content} after a record whose hash is {@code previousHash} ({@link #GENESIS} for the first). */
    public static Link link(RecordContent content, String previousHash) {
        return new Link(null, content, previousHash, hash(content, previousHash));
    }

    /**
     * Walks one trainee's chain in stored order and returns the first break, if any.
     *
     * @param witnessedLength how many records an independent witness saw appended (0 when unknown)
     */
    public static Optional<Break> verify(List<Link> chain, int witnessedLength) {
        String previous = GENESIS;
        int expectedSeq = 1;
        Long trainee = chain.isEmpty() ? null : chain.get(0).content().traineeId();
        for (Link link : chain) {
            RecordContent c = link.content();
            if (c.seq() != expectedSeq) {
                return Optional.of(new Break(link.recordId(), c.seq(), c.seq() > expectedSeq
                        ? "record #" + expectedSeq + " is missing before #" + c.seq()
                        : "record #" + c.seq() + " is out of order or duplicated (expected #" + expectedSeq + ")"));
            }
            if (c.traineeId() != trainee) {
                return Optional.of(new Break(link.recordId(), c.seq(), "record belongs to another trainee's chain"));
            }
            if (!previous.equals(link.previousHash())) {
                return Optional.of(new Break(link.recordId(), c.seq(),
                        "record does not follow the previous one (its previous hash differs)"));
            }
            if (!hash(c, link.previousHash()).equals(link.hash())) {
                return Optional.of(new Break(link.recordId(), c.seq(),
                        "content does not match its hash: the record was changed after it was written"));
            }
            previous = link.hash();
            expectedSeq++;
        }
        if (witnessedLength > chain.size()) {
            return Optional.of(new Break(null, chain.size() + 1, "records #" + (chain.size() + 1) + " to #"
                    + witnessedLength + " are missing (the audit trail saw them written)"));
        }
        return Optional.empty();
    }
}
