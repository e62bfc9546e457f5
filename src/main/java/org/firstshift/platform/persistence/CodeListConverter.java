package org.firstshift.platform.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.List;

/**
 * Short lists of codes (rule ids, position codes) stored as one comma-separated column: they are
 * always read and written whole, and codes never contain commas.
 */
@Converter
public class CodeListConverter implements AttributeConverter<List<String>, String> {
    @Override
    public String convertToDatabaseColumn(List<String> codes) {
        return codes == null || codes.isEmpty() ? null : String.join(",", codes);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isBlank() ? List.of()
                : Arrays.stream(column.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
