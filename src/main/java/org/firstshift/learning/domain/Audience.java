package org.firstshift.learning.domain;

import java.util.List;

/**
 * Who a program is for: positions and locations by code; an empty list means "any". An employee
 * belongs to the audience when both their position and their location match.
 */
public record Audience(List<String> positions, List<String> locations) {
    public Audience {
        positions = positions == null ? List.of() : List.copyOf(positions);
        locations = locations == null ? List.of() : List.copyOf(locations);
    }

    public boolean includes(String positionCode, String locationCode) {
        return (positions.isEmpty() || positions.contains(positionCode))
                && (locations.isEmpty() || locations.contains(locationCode));
    }
}
