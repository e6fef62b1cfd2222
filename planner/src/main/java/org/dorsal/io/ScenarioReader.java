package org.dorsal.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dorsal.io.LocatedValue.ArrayValue;
import org.dorsal.io.LocatedValue.Member;
import org.dorsal.io.LocatedValue.NullValue;
import org.dorsal.io.LocatedValue.ObjectValue;
import org.dorsal.io.LocatedValue.StringValue;
import org.dorsal.model.Technology;
import org.dorsal.model.Multipliers;

/**
 * Reads scenario files ({@code dorsal-scenario/1}) and checks every rule of the format; errors are
 * located by file, line, column and JSON pointer and thrown together.
 */
public final class ScenarioReader {
  /** The name of the base instance's own entry in a comparison; no scenario may take it. */
  public static final String BASE_NAME = "base";

  static final List<String> TOP_LEVEL = List.of("schema", "name", "description", "multipliers", "patch",
      "nodePatches", "linkPatches", "dropLinks");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

  /** A scenario file's label and bytes. */
  public record Source(String file, byte[] json) {}

  /** Reads one scenario file. */
  public ScenarioFile read(String file, byte[] json) throws InvalidInputException {
    return readAll(List.of(new Source(file, json))).get(0);
  }

  /**
   * Reads several scenario files, in order; the errors of all of them, and names used by two
   * files, are thrown together.
   */
  public List<ScenarioFile> readAll(List<Source> sources) throws InvalidInputException {
    List<ValidationError> all = new ArrayList<>();
    List<ScenarioFile> read = new ArrayList<>();
    Map<String, String> fileByName = new HashMap<>();
    for (Source source : sources) {
      ValidationErrors errors = new ValidationErrors(source.file());
      Read one = readOne(source, errors);
      ScenarioFile scenario = one == null ? null : one.scenario();
      if (scenario != null && scenario.name() != null) {
        String first = fileByName.putIfAbsent(scenario.name(), source.file());
        if (first != null) {
          errors.add(one.nameAt(), "scenario name '" + scenario.name() + "' is also the name of " + first
              + "; every scenario of a comparison needs its own name");
        }
      }
      all.addAll(errors.inDocumentOrder());
      read.add(scenario);
    }
    if (!all.isEmpty()) {
      throw new InvalidInputException(all);
    }
    return read;
  }

  /** A scenario as read, and where its name stands. */
  private record Read(ScenarioFile scenario, SourceLocation nameAt) {}

  private Read readOne(Source source, ValidationErrors errors) {
    String text = Utf8Text.decode(source.json(), errors);
    LocatedValue root = text == null ? null : LocatedJsonParser.parse(text, errors, source.file());
    if (root == null) {
      return null;
    }
    if (!(root instanceof ObjectValue object)) {
      errors.add(root.at(), ObjectFields.typeMessage("the scenario", root, "a JSON object",
          "wrap the scenario in { ... }"));
      return null;
    }
    ObjectFields fields = new ObjectFields(object, errors);
    fields.rejectUnknown(TOP_LEVEL);
    String tag = fields.requiredString("schema", "\"schema\": \"" + ScenarioFile.SCHEMA_TAG + "\"");
    if (tag != null && !tag.equals(ScenarioFile.SCHEMA_TAG)) {
      errors.add(fields.value("schema").at(), "schema is '" + tag + "' but this reader understands only \""
          + ScenarioFile.SCHEMA_TAG + "\"; set \"schema\": \"" + ScenarioFile.SCHEMA_TAG + "\"");
    }
    String name = readName(fields, errors);
    String description = fields.optionalString("description", "");
    Multipliers multipliers = readMultipliers(fields.optionalObject("multipliers"), errors);
    List<Technology> drop = readDropLinks(fields.optionalObject("dropLinks"), errors);
    ObjectValue patch = fields.optionalObject("patch");
    ObjectValue nodePatches = readIdPatches(fields.optionalObject("nodePatches"), "node", errors);
    ObjectValue linkPatches = readIdPatches(fields.optionalObject("linkPatches"), "link", errors);
    ScenarioFile scenario = new ScenarioFile(source.file(), name, description, multipliers, drop,
        new InstancePatch(patch, nodePatches, linkPatches));
    return new Read(scenario, fields.has("name") ? fields.value("name").at() : object.at());
  }

  private String readName(ObjectFields fields, ValidationErrors errors) {
    String name = fields.requiredString("name", "a short name such as \"demand-x2\" (used in output file names)");
    if (name == null) {
      return null;
    }
    SourceLocation at = fields.value("name").at();
    if (!NAME.matcher(name).matches()) {
      errors.add(at, "name '" + name + "' is not usable in file names; use 1 to 64 letters, digits,"
          + " '-' or '_', starting with a letter or digit");
      return null;
    }
    if (name.equals(BASE_NAME)) {
      errors.add(at, "name 'base' is kept for the base instance itself; choose another name");
      return null;
    }
    return name;
  }

  private static Multipliers readMultipliers(ObjectValue object, ValidationErrors errors) {
    if (object == null) {
      return Multipliers.NONE;
    }
    ObjectFields fields = new ObjectFields(object, errors);
    fields.rejectUnknown(Multipliers.NAMES);
    Multipliers m = Multipliers.NONE;
    for (String name : Multipliers.NAMES) {
      m = m.with(name, fields.optionalNumber(name, 1.0, NumberRule.NON_NEGATIVE));
    }
    return m;
  }

  private static List<Technology> readDropLinks(ObjectValue object, ValidationErrors errors) {
    if (object == null) {
      return List.of();
    }
    ObjectFields fields = new ObjectFields(object, errors);
    fields.rejectUnknown(List.of("technologies"));
    ArrayValue array = fields.requiredArray("technologies", "\"technologies\": [\"fiber-lease\"], the"
        + " technologies whose links are removed");
    Set<Technology> read = new LinkedHashSet<>();
    if (array == null) {
      return List.of();
    }
    List<String> known = Arrays.stream(Technology.values()).map(Technology::jsonName).toList();
    for (LocatedValue item : array.items()) {
      Technology t = item instanceof StringValue s ? Technology.fromJson(s.value()) : null;
      if (t == null) {
        errors.add(item.at(), "technologies lists " + describe(item) + "; write technology names, one of "
            + String.join(", ", known));
      } else if (!read.add(t)) {
        errors.add(item.at(), "technology '" + t.jsonName() + "' is listed twice; list it once");
      }
    }
    return List.copyOf(read);
  }

  private static String describe(LocatedValue item) {
    return item instanceof StringValue s ? "'" + s.value() + "', which is not a technology" : "a " + item.typeName();
  }

  private static ObjectValue readIdPatches(ObjectValue object, String what, ValidationErrors errors) {
    if (object == null) {
      return null;
    }
    for (Member m : object.members().values()) {
      if (!(m.value() instanceof ObjectValue) && !(m.value() instanceof NullValue)) {
        errors.add(m.value().at(), ObjectFields.typeMessage("the patch of " + what + " " + m.name(), m.value(),
            "an object or null", "write { \"field\": value, ... } to change fields of the " + what
                + ", or null to remove it"));
      }
    }
    return object;
  }
}
