package org.firstshift.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;

/**
 * A content vendor that signs xAPI statements (Data 2.6): an RSA key made for the test run, a
 * self-signed certificate for it, and compact JWS signatures with the certificate in {@code x5c}.
 */
public final class StatementSigner {
    public static final String SIGNATURE_USAGE = "http://adlnet.gov/expapi/attachments/signature";

    private final KeyPair keys;
    private final X509Certificate certificate;

    private StatementSigner(KeyPair keys, X509Certificate certificate) {
        this.keys = keys;
        this.certificate = certificate;
    }

    /** A new signer with its own 2048-bit key and a certificate valid for a day. */
    public static StatementSigner create(String name) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            Instant now = Instant.now();
            X500Name subject = new X500Name("CN=" + name);
            var builder = new JcaX509v3CertificateBuilder(subject, BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(Duration.ofHours(1))),
                    Date.from(now.plus(Duration.ofDays(1))), subject, keys.getPublic());
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
            return new StatementSigner(keys, certificate);
        } catch (Exception e) {
            throw new IllegalStateException("making a test signer failed", e);
        }
    }

    /** A compact JWS of the payload, signed with this signer's key, naming the certificate of {@code inX5c}. */
    public String sign(String payload, JWSAlgorithm algorithm, StatementSigner inX5c) {
        try {
            JWSHeader.Builder header = new JWSHeader.Builder(algorithm);
            if (inX5c != null) {
                header.x509CertChain(List.of(Base64.encode(inX5c.certificate.getEncoded())));
            }
            JWSObject jws = new JWSObject(header.build(), new Payload(payload));
            jws.sign(new RSASSASigner(keys.getPrivate()));
            return jws.serialize();
        } catch (JOSEException | java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException("signing failed", e);
        }
    }

    /** A compact RS256 JWS of the payload with this signer's certificate in {@code x5c}. */
    public String sign(String payload) {
        return sign(payload, JWSAlgorithm.RS256, this);
    }

    public static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The attachments property of a statement whose signature is {@code jws}. */
    public static String signatureAttachment(String jws) {
        return "\"attachments\":[{\"usageType\":\"" + SIGNATURE_USAGE + "\",\"display\":{\"en-US\":\"Signature\"},"
                + "\"contentType\":\"application/octet-stream\",\"length\":" + jws.length() + ",\"sha2\":\"" + sha256(jws) + "\"}]";
    }
}
