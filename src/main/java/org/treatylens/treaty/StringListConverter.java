package org.treatylens.treaty;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores a short list of names as a JSON array of strings (the {@code parties} column).
 */
@Converter
class StringListConverter implements AttributeConverter<List<String>, String> {

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	@Override
	public String convertToDatabaseColumn(List<String> values) {
		return JsonMapper.shared().writeValueAsString(values);
	}

	@Override
	public List<String> convertToEntityAttribute(String json) {
		return List.copyOf(JsonMapper.shared().readValue(json, STRINGS));
	}

}
