package org.firstshift.standards.application;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What publishing a new version would touch outside the standard: lessons that teach a changed
 * rule, programs holding them (later: exam items, audit lines), and the employees who will be
 * asked to refresh. Shown to the author before "Publish".
 */
public record PublicationImpact(List<Item> items, Set<Long> employees) {

    /** One touched thing; {@code kind} is e.g. "lesson" or "program", {@code link} an application path or null. */
    public record Item(String kind, String code, String title, String link, List<String> rules) {
        public Item {
            rules = rules == null ? List.of() : List.copyOf(rules);
        }
    }

    public PublicationImpact {
        items = List.copyOf(items);
        employees = Set.copyOf(employees);
    }

    public static PublicationImpact none() {
        return new PublicationImpact(List.of(), Set.of());
    }

    /** Both impacts together; an employee touched by two modules counts once. */
    public PublicationImpact plus(PublicationImpact other) {
        List<Item> all = new ArrayList<>(items);
        all.addAll(other.items);
        Set<Long> people = new LinkedHashSet<>(employees);
        people.addAll(other.employees);
        return new PublicationImpact(all, people);
    }

    public List<Item> ofKind(String kind) {
        return items.stream().filter(i -> i.kind().equals(kind)).toList();
    }

    public int employeeCount() {
        return employees.size();
    }

    public boolean isEmpty() {
        return items.isEmpty() && employees.isEmpty();
    }
}
