package org.firstshift.elearning.packages.api;

import org.firstshift.elearning.packages.domain.ElearningPackage;
import org.firstshift.elearning.packages.domain.PackageItem;

import java.util.List;

/** What the API shows of packages. */
public final class PackageViews {
    private PackageViews() {
    }

    public record ItemView(int seq, String identifier, String parent, int depth, String title, String launch, String type,
                           String moveOn, Double masteryScore, String launchMethod) {
        static ItemView of(PackageItem i) {
            return new ItemView(i.getSeq(), i.getIdentifier(), i.getParent(), i.getDepth(), i.getTitle(), i.getLaunch(),
                    i.getItemType(), i.getMoveOn(), i.getMasteryScore(), i.getLaunchMethod());
        }
    }

    /** The created activity: its type and ref are what a program lists. */
    public record PackageView(String code, String kind, String title, String identifier, String schemaVersion,
                              int fileCount, long byteCount, String activityType, String activityRef, List<ItemView> items) {
        static PackageView of(ElearningPackage p, List<PackageItem> items) {
            return new PackageView(p.getCode(), p.getKind().name(), p.getTitle(), p.getIdentifier(), p.getSchemaVersion(),
                    p.getFileCount(), p.getByteCount(), "package", p.getCode(), items.stream().map(ItemView::of).toList());
        }
    }
}
