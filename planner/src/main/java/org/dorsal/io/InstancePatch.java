package org.dorsal.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dorsal.io.LocatedValue.ArrayValue;
import org.dorsal.io.LocatedValue.Member;
import org.dorsal.io.LocatedValue.NullValue;
import org.dorsal.io.LocatedValue.ObjectValue;
import org.dorsal.io.LocatedValue.StringValue;

/**
 * The changes a scenario makes to an instance's JSON before it is read: a JSON Merge Patch of the
 * whole document, then merge patches of single nodes and links picked by id (RFC 7386 replaces
 * arrays whole; this extension reaches into {@code nodes} and {@code links}). Read by
 * {@link ScenarioReader}, applied by {@link InstanceReader#read(String, byte[], InstancePatch)}.
 */
public final class InstancePatch {
  /** Nothing changed. */
  public static final InstancePatch NONE = new InstancePatch(null, null, null);

  private final ObjectValue patch;
  private final ObjectValue nodePatches;
  private final ObjectValue linkPatches;

  InstancePatch(ObjectValue patch, ObjectValue nodePatches, ObjectValue linkPatches) {
    this.patch = patch;
    this.nodePatches = nodePatches;
    this.linkPatches = linkPatches;
  }

  /** The patched document; ids the per-id patches name but the document lacks are errors. */
  LocatedValue applyTo(LocatedValue document, ValidationErrors errors) {
    LocatedValue patched = patch == null ? document : JsonMergePatch.apply(document, patch);
    patched = patchById(patched, "nodes", nodePatches, "node", errors);
    return patchById(patched, "links", linkPatches, "link", errors);
  }

  private static LocatedValue patchById(LocatedValue document, String arrayName, ObjectValue patches, String what,
      ValidationErrors errors) {
    if (patches == null || !(document instanceof ObjectValue root)
        || !(root.get(arrayName) instanceof ArrayValue array)) {
      // without the array the instance reader reports what is missing
      return document;
    }
    Set<String> found = new HashSet<>();
    List<LocatedValue> items = new ArrayList<>(array.items().size());
    for (LocatedValue item : array.items()) {
      Member change = item instanceof ObjectValue o && o.get("id") instanceof StringValue id
          ? patches.member(id.value()) : null;
      if (change == null) {
        items.add(item);
        continue;
      }
      found.add(change.name());
      if (!(change.value() instanceof NullValue)) {
        items.add(JsonMergePatch.apply(item, change.value()));
      }
    }
    for (Member change : patches.members().values()) {
      if (!found.contains(change.name())) {
        errors.add(change.nameAt(), "no " + what + " has id '" + change.name() + "' in the instance; "
            + what + "Patches names " + what + "s of the base instance (after \"patch\") by their id,"
            + " check the spelling");
      }
    }
    Map<String, Member> members = new LinkedHashMap<>(root.members());
    Member old = members.get(arrayName);
    members.put(arrayName, new Member(arrayName, old.nameAt(), new ArrayValue(array.at(), items)));
    return new ObjectValue(root.at(), members);
  }
}
