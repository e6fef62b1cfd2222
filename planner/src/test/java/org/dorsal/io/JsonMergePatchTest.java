package org.dorsal.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dorsal.io.LocatedValue.ArrayValue;
import org.dorsal.io.LocatedValue.BooleanValue;
import org.dorsal.io.LocatedValue.NumberValue;
import org.dorsal.io.LocatedValue.ObjectValue;
import org.dorsal.io.LocatedValue.StringValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** RFC 7386 on located trees: the examples of the RFC, and where merged values say they came from. */
class JsonMergePatchTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Every example of RFC 7386 Appendix A: original, patch, result. */
  @ParameterizedTest(name = "{0} + {1} = {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      {"a":"b"}                 | {"a":"c"}                 | {"a":"c"}
      {"a":"b"}                 | {"b":"c"}                 | {"a":"b","b":"c"}
      {"a":"b"}                 | {"a":null}                | {}
      {"a":"b","b":"c"}         | {"a":null}                | {"b":"c"}
      {"a":["b"]}               | {"a":"c"}                 | {"a":"c"}
      {"a":"c"}                 | {"a":["b"]}               | {"a":["b"]}
      {"a":{"b":"c"}}           | {"a":{"b":"d","c":null}}  | {"a":{"b":"d"}}
      {"a":[{"b":"c"}]}         | {"a":[1]}                 | {"a":[1]}
      ["a","b"]                 | ["c","d"]                 | ["c","d"]
      {"a":"b"}                 | ["c"]                     | ["c"]
      {"a":"foo"}               | null                      | null
      {"a":"foo"}               | "bar"                     | "bar"
      {"e":null}                | {"a":1}                   | {"e":null,"a":1}
      [1,2]                     | {"a":"b","c":null}        | {"a":"b"}
      {}                        | {"a":{"bb":{"ccc":null}}} | {"a":{"bb":{}}}
      """)
  void appliesEveryExampleOfTheRfcAppendix(String original, String patch, String result) throws Exception {
    assertThat(toJson(JsonMergePatch.apply(parse(original, null), parse(patch, "patch.json"))))
        .isEqualTo(MAPPER.readTree(result));
  }

  /** The worked example of RFC 7386 section 3. */
  @Test
  void appliesTheExampleOfSection3() throws Exception {
    String target = """
        {"title": "Goodbye!", "author": {"givenName": "John", "familyName": "Doe"},
         "tags": ["example", "sample"], "content": "This will be unchanged"}""";
    String patch = """
        {"title": "Hello!", "phoneNumber": "+01-123-456-7890", "author": {"familyName": null},
         "tags": ["example"]}""";
    String expected = """
        {"title": "Hello!", "author": {"givenName": "John"}, "tags": ["example"],
         "content": "This will be unchanged", "phoneNumber": "+01-123-456-7890"}""";
    assertThat(toJson(JsonMergePatch.apply(parse(target, null), parse(patch, "patch.json"))))
        .isEqualTo(MAPPER.readTree(expected));
  }

  @Test
  void mergedValuesKeepTheFileAndPlaceTheyWereWrittenAt() {
    LocatedValue base = parse("{\n  \"a\": {\"b\": 1, \"c\": 2},\n  \"d\": [1]\n}", null);
    LocatedValue patch = parse("{\"a\": {\"c\": 3}, \"d\": [2]}", "s.json");
    ObjectValue merged = (ObjectValue) JsonMergePatch.apply(base, patch);
    ObjectValue a = (ObjectValue) merged.get("a");
    assertThat(a.at()).isEqualTo(new SourceLocation("/a", 2, 8, null));
    assertThat(a.get("b").at()).isEqualTo(new SourceLocation("/a/b", 2, 14, null));
    assertThat(a.get("c").at()).isEqualTo(new SourceLocation("/a/c", 1, 13, "s.json"));
    assertThat(merged.get("d").at()).isEqualTo(new SourceLocation("/d", 1, 22, "s.json"));
    // the keys of a member, as the object's own location, stay where the target had them
    assertThat(merged.member("d").nameAt()).isEqualTo(new SourceLocation("/d", 3, 3, null));
  }

  private static LocatedValue parse(String json, String file) {
    ValidationErrors errors = new ValidationErrors("test.json");
    LocatedValue value = LocatedJsonParser.parse(json, errors, file);
    assertThat(errors.inDocumentOrder()).isEmpty();
    return value;
  }

  private static JsonNode toJson(LocatedValue value) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (value instanceof ObjectValue o) {
      ObjectNode node = f.objectNode();
      o.members().forEach((name, m) -> node.set(name, toJson(m.value())));
      return node;
    }
    if (value instanceof ArrayValue a) {
      ArrayNode node = f.arrayNode();
      a.items().forEach(i -> node.add(toJson(i)));
      return node;
    }
    if (value instanceof StringValue s) {
      return f.textNode(s.value());
    }
    if (value instanceof NumberValue n) {
      return f.numberNode(n.exact().intValueExact());
    }
    if (value instanceof BooleanValue b) {
      return f.booleanNode(b.value());
    }
    return f.nullNode();
  }
}
