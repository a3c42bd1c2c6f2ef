package org.treatylens.treaty;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a short list of names as a JSON array of strings.
 */
@Converter
class StringListConverter implements AttributeConverter<List<String>, String> {

	@Override
	public String convertToDatabaseColumn(List<String> values) {
		StringBuilder json = new StringBuilder("[");
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				json.append(',');
			}
			json.append('"').append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
		}
		return json.append(']').toString();
	}

	@Override
	public List<String> convertToEntityAttribute(String json) {
		List<String> values = new ArrayList<>();
		StringBuilder current = null;
		for (int i = 0; i < json.length(); i++) {
			char c = json.charAt(i);
			if (current == null) {
				if (c == '"') {
					current = new StringBuilder();
				}
			}
			else if (c == '\\' && i + 1 < json.length()) {
				current.append(json.charAt(++i));
			}
			else if (c == '"') {
				values.add(current.toString());
				current = null;
			}
			else {
				current.append(c);
			}
		}
		return List.copyOf(values);
	}

}
