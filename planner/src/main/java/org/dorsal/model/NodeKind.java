package org.dorsal.model;

/** What a node of the network is. The JSON name is the lower-case word. */
public enum NodeKind {
  GATEWAY("gateway"),
  SITE("site"),
  RELAY("relay"),
  JUNCTION("junction");

  private final String jsonName;

  NodeKind(String jsonName) {
    this.jsonName = jsonName;
  }

  public String jsonName() {
    return jsonName;
  }

  /** Returns the kind with this JSON name, or null when there is none. */
  public static NodeKind fromJson(String name) {
    for (NodeKind k : values()) {
      if (k.jsonName.equals(name)) {
        return k;
      }
    }
    return null;
  }
}
