package org.firstshift.elearning.packages.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole import matrix of the shared conformance fixtures. SCORM folders are zipped with a stub
 * for every file their manifest lists ("files"), except where the case is about missing files
 * ("given": the manifest alone). cmi5 folders are zipped the same way; single XML files are
 * uploaded bare as application/xml, the markdown file as text/markdown, the fake zip as
 * application/zip. Each refusal must name its reason ({@code expect} is a fragment of a problem).
 */
class PackageFixturesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            scorm/scorm12/ComplexNestedOrganization_SCORM12            | SCORM_12   | files |
            scorm/scorm12/ContentPackagingOneFilePerSCO_SCORM12        | SCORM_12   | files |
            scorm/scorm12/ContentPackagingSingleSCO_SCORM12            | SCORM_12   | files |
            scorm/scorm12/ContentPackagingWithMetadata_SCORM12         | SCORM_12   | files |
            scorm/scorm12/LaunchUrlFromNestedItem_SCORM12              | SCORM_12   | files |
            scorm/scorm12/MultipleItemsWithIdentifierRef_SCORM12       | SCORM_12   | files |
            scorm/scorm12/PrerequisitesTest_SCORM12                    | SCORM_12   | files |
            scorm/scorm12/RuntimeBasicCalls_SCORM12                    | SCORM_12   | files |
            scorm/scorm12/RuntimeMinimumCalls_SCORM12                  | SCORM_12   | files |
            scorm/scorm12/InvalidFileReferences_SCORM12                | REJECT     | given | missing from the zip
            scorm/scorm12/ItemWithNonExistentResourceId_SCORM12        | REJECT     | files | which does not exist
            scorm/scorm12/MalformedXml_SCORM12                         | REJECT     | files | not well-formed
            scorm/scorm12/MissingLaunchUrl_SCORM12                     | REJECT     | files | has no href
            scorm/scorm12/MissingRequiredFields_SCORM12                | REJECT     | files | has no title
            scorm/scorm2004/AdlAttributes_SCORM20043rdEdition                  | SCORM_2004 | files |
            scorm/scorm2004/ContentPackagingMetadata_SCORM20043rdEdition       | SCORM_2004 | files |
            scorm/scorm2004/ContentPackagingNoSchemaVersion_SCORM20042ndEdition| SCORM_2004 | files |
            scorm/scorm2004/ContentPackagingOneFilePerSCO_SCORM20043rdEdition  | SCORM_2004 | files |
            scorm/scorm2004/ContentPackagingSingleSCO_SCORM20042ndEdition      | SCORM_2004 | files |
            scorm/scorm2004/ContentPackagingSingleSCO_SCORM20043rdEdition      | SCORM_2004 | files |
            scorm/scorm2004/MinimalValid_SCORM20043rdEdition                   | SCORM_2004 | files |
            scorm/scorm2004/RunTimeAdvancedCalls_SCORM20043rdEdition           | SCORM_2004 | files |
            scorm/scorm2004/RuntimeBasicCalls_SCORM20043rdEdition              | SCORM_2004 | files |
            scorm/scorm2004/RuntimeMinimumCalls_SCORM20043rdEdition            | SCORM_2004 | files |
            scorm/scorm2004/SequencingForcedSequential_SCORM20043rdEdition     | SCORM_2004 | files |
            scorm/scorm2004/SequencingPostTestRollup4thEd_SCORM20044thEdition  | SCORM_2004 | files |
            scorm/scorm2004/SequencingPostTestRollup_SCORM20043rdEdition       | SCORM_2004 | files |
            scorm/scorm2004/SequencingPreOrPostTestRollup_SCORM20043rdEdition  | SCORM_2004 | files |
            scorm/scorm2004/SequencingRandomTest_SCORM20043rdEdition           | SCORM_2004 | files |
            scorm/scorm2004/SequencingSimpleRemediation_SCORM20043rdEdition    | SCORM_2004 | files |
            scorm/scorm2004/InvalidMissingOrgIdentifier_SCORM20043rdEdition    | REJECT     | files | has no identifier
            scorm/scorm2004/ContentPackagingOneFilePerSCO_SCORM20043rdEdition  | REJECT     | given | missing from the zip
            cmi5/lts-pkg-src/001-essentials                  | CMI5   | files |
            cmi5/lts-pkg-src/002-allowed                     | CMI5   | files |
            cmi5/lts-pkg-src/003-launchMethod-OwnWindow      | CMI5   | files |
            cmi5/lts-pkg-src/004-1-moveOn-Completed          | CMI5   | files |
            cmi5/lts-pkg-src/004-2-moveOn-CompletedOrPassed  | CMI5   | files |
            cmi5/lts-pkg-src/004-3-moveOn-Passed             | CMI5   | files |
            cmi5/lts-pkg-src/004-4-moveOn-CompletedOrPassed  | CMI5   | files |
            cmi5/lts-pkg-src/004-5-moveOn-NotApplicable      | CMI5   | files |
            cmi5/lts-pkg-src/005-1-invalid-au                | CMI5   | files |
            cmi5/lts-pkg-src/005-2-invalid-au                | CMI5   | files |
            cmi5/lts-pkg-src/006-launchMode                  | CMI5   | files |
            cmi5/lts-pkg-src/007-1-multi-session             | CMI5   | files |
            cmi5/lts-pkg-src/007-2-multi-session             | CMI5   | files |
            cmi5/lts-pkg-src/008-1-abandoned                 | CMI5   | files |
            cmi5/lts-pkg-src/009-1-waived                    | CMI5   | files |
            cmi5/lts-pkg-src/101-one-thousand-aus.xml        | CMI5   | bare  |
            cmi5/lts-pkg-src/102-zip64                       | CMI5   | files |
            cmi5/lts-pkg-src/201-1-iris-course-id.xml        | REJECT | bare  | not an absolute IRI
            cmi5/lts-pkg-src/201-2-iris-block-id.xml         | REJECT | bare  | not an absolute IRI
            cmi5/lts-pkg-src/201-3-iris-au-id.xml            | REJECT | bare  | not an absolute IRI
            cmi5/lts-pkg-src/201-4-iris-objective-id.xml     | REJECT | bare  | not an absolute IRI
            cmi5/lts-pkg-src/202-1-relative-url-no-zip.xml   | REJECT | bare  | is relative
            cmi5/lts-pkg-src/202-2-relative-url-no-zip.xml   | REJECT | bare  | is relative
            cmi5/lts-pkg-src/202-3-relative-url-no-zip.xml   | REJECT | bare  | is relative
            cmi5/lts-pkg-src/202-4-relative-url-no-zip.xml   | REJECT | bare  | is relative
            cmi5/lts-pkg-src/202-5-relative-url-no-zip.xml   | REJECT | bare  | is relative
            cmi5/lts-pkg-src/203-1-relative-url-no-reference | REJECT | given | missing from the zip
            cmi5/lts-pkg-src/204-query-string-conflict-endpoint.xml | REJECT | bare | launch parameter 'endpoint'
            cmi5/lts-pkg-src/205-1-duplicated-block.xml      | REJECT | bare  | used twice
            cmi5/lts-pkg-src/205-2-duplicated-objective.xml  | REJECT | bare  | used twice
            cmi5/lts-pkg-src/205-3-duplicated-au.xml         | REJECT | bare  | used twice
            cmi5/lts-pkg-src/206-1-invalid-au-url.xml        | REJECT | bare  | not a valid URL
            cmi5/lts-pkg-src/207-1-invalid-courseStructure.xml | REJECT | bare | comes after
            cmi5/lts-pkg-src/208-1-invalid-package.md        | REJECT | markdown | not a supported package
            cmi5/lts-pkg-src/209-1-not-a-zip.zip             | REJECT | fakezip | not a zip archive
            cmi5/lts-pkg-src/210-1-no-cmi5-xml               | REJECT | given | neither imsmanifest.xml
            cmi5/course_examples/masteryscore_framed         | CMI5   | files |
            cmi5/course_examples/masteryscore_responsive     | CMI5   | files |
            cmi5/course_examples/multi_au_framed             | CMI5   | files |
            cmi5/course_examples/pre_post_test_framed        | CMI5   | files |
            cmi5/course_examples/single_au_basic_framed      | CMI5   | files |
            cmi5/course_examples/single_au_basic_responsive  | CMI5   | files |
            """)
    void fixture(String path, String expected, String how, String reason) throws Exception {
        Path p = PackageFixtures.ROOT.resolve(path);
        assertTrue(Files.exists(p), "fixture missing: " + p);
        ReadPackage read = switch (how) {
            case "files" -> upload(p.getFileName() + ".zip", "application/zip", PackageFixtures.zip(PackageFixtures.withFiles(p)));
            case "given" -> upload(p.getFileName() + ".zip", "application/zip", PackageFixtures.zip(PackageFixtures.asGiven(p)));
            case "bare" -> upload(p.getFileName().toString(), "application/xml", Files.readAllBytes(p));
            case "markdown" -> upload(p.getFileName().toString(), "text/markdown", Files.readAllBytes(p));
            case "fakezip" -> upload(p.getFileName().toString(), "application/zip", Files.readAllBytes(p));
            default -> throw new IllegalArgumentException(how);
        };
        if (expected.equals("REJECT")) {
            assertFalse(read.valid(), path + " must be refused");
            String all = read.problems().stream().map(i -> i.describe()).reduce("", (a, b) -> a + "\n" + b);
            assertTrue(all.contains(reason), path + ": expected a problem containing '" + reason + "' but got:" + all);
        } else {
            assertTrue(read.valid(), path + " must be accepted, problems: " + read.problems());
            assertEquals(PackageKind.valueOf(expected), read.kind());
            assertTrue(read.items().stream().anyMatch(PackageItemDef::launchable), "something to launch");
            assertTrue(read.title() != null && !read.title().isBlank(), "a title");
        }
    }

    static ReadPackage upload(String name, String type, byte[] bytes) {
        return new PackageReader(PackageLimits.DEFAULT).read(name, type, bytes);
    }
}
