package org.firstshift.elearning.packages.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One node of a package's structure (see {@link PackageItemDef}); {@code seq} is its place in document order. */
@Entity
@Table(name = "elearning_package_item")
@NamedQuery(name = "PackageItem.of", query = "SELECT i FROM PackageItem i WHERE i.packageId = :packageId ORDER BY i.seq")
public class PackageItem {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fs_package_item_id")
    @SequenceGenerator(name = "fs_package_item_id", sequenceName = "fs_id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "package_id", nullable = false, updatable = false)
    private long packageId;

    @Column(nullable = false, updatable = false)
    private int seq;

    @Column(nullable = false, updatable = false)
    private String identifier;

    private String parent;

    @Column(nullable = false)
    private int depth;

    private String title;

    private String launch;

    @Column(name = "item_type")
    private String itemType;

    @Column(name = "move_on")
    private String moveOn;

    @Column(name = "mastery_score")
    private Double masteryScore;

    @Column(name = "launch_method")
    private String launchMethod;

    protected PackageItem() {
    }

    public PackageItem(long packageId, int seq, PackageItemDef def) {
        this.packageId = packageId;
        this.seq = seq;
        this.identifier = def.identifier();
        this.parent = def.parent();
        this.depth = def.depth();
        this.title = def.title();
        this.launch = def.launch();
        this.itemType = def.scormType();
        this.moveOn = def.moveOn();
        this.masteryScore = def.masteryScore();
        this.launchMethod = def.launchMethod();
    }

    public long getPackageId() { return packageId; }
    public int getSeq() { return seq; }
    public String getIdentifier() { return identifier; }
    public String getParent() { return parent; }
    public int getDepth() { return depth; }
    public String getTitle() { return title; }
    public String getLaunch() { return launch; }
    public String getItemType() { return itemType; }
    public String getMoveOn() { return moveOn; }
    public Double getMasteryScore() { return masteryScore; }
    public String getLaunchMethod() { return launchMethod; }
    public boolean isLaunchable() { return launch != null; }
}
