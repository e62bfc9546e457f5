package org.firstshift.platform.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The registry of activity types, discovered through CDI. A type can be switched off with
 * {@code firstshift.activity.<key>.enabled=false}. Asking for a key that is unknown or switched
 * off yields {@link Unavailable}, which old programs show as "not available" instead of breaking.
 */
@ApplicationScoped
public class ActivityTypes {

    @Inject
    @Any
    Instance<ActivityType> discovered;

    @Inject
    Config config;

    public List<ActivityType> all() {
        return discovered.stream().sorted(Comparator.comparingInt(ActivityType::order)
                .thenComparing(ActivityType::key)).toList();
    }

    public List<ActivityType> enabled() {
        return all().stream().filter(this::isEnabled).toList();
    }

    public boolean isEnabled(ActivityType type) {
        return config.getOptionalValue("firstshift.activity." + type.key() + ".enabled", Boolean.class).orElse(true);
    }

    public ActivityType byKey(String key) {
        return enabled().stream().filter(t -> t.key().equals(key)).findFirst()
                .orElseGet(() -> new Unavailable(key));
    }

    /** Stands in for a type that is not installed or switched off. */
    public record Unavailable(String key) implements ActivityType {
        @Override
        public int order() {
            return Integer.MAX_VALUE;
        }

        @Override
        public Set<ActivityFeature> features() {
            return Set.of();
        }

        @Override
        public String nameKey() {
            return "activity.unavailable";
        }

        @Override
        public String learnerView() {
            return "/activity-unavailable.xhtml";
        }
    }
}
