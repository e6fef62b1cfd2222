package org.dorsal.io;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dorsal.io.LocatedValue.Member;
import org.dorsal.io.LocatedValue.NullValue;
import org.dorsal.io.LocatedValue.ObjectValue;

/**
 * JSON Merge Patch (RFC 7386) on located trees: objects merge member by member and recursively,
 * a null member removes the target's member, any other value (arrays included) replaces the
 * target whole. Every value of the result keeps the location it was read at, so a value the patch
 * brought in is reported in the patch's file and the rest in the target's.
 */
final class JsonMergePatch {
  private JsonMergePatch() {}

  /**
   * The target with the patch applied; neither is changed.
   *
   * @param target the document patched, or null when there is none (a member the patch adds)
   */
  static LocatedValue apply(LocatedValue target, LocatedValue patch) {
    if (!(patch instanceof ObjectValue patchObject)) {
      return patch;
    }
    // a target that is not an object becomes an empty object, which then stands where the patch does
    ObjectValue targetObject =
        target instanceof ObjectValue o ? o : new ObjectValue(patch.at(), Map.of());
    Map<String, Member> members = new LinkedHashMap<>(targetObject.members());
    for (Member change : patchObject.members().values()) {
      if (change.value() instanceof NullValue) {
        members.remove(change.name());
        continue;
      }
      Member old = members.get(change.name());
      LocatedValue merged = JsonMergePatch.apply(old == null ? null : old.value(), change.value());
      members.put(change.name(),
          new Member(change.name(), old == null ? change.nameAt() : old.nameAt(), merged));
    }
    return new ObjectValue(targetObject.at(), members);
  }
}
