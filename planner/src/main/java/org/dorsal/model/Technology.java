package org.dorsal.model;

/** How a link carries traffic. The JSON name is the hyphenated word. */
public enum Technology {
  /** Fiber the operator already owns: free to use up to its capacity (options may carry opex). */
  FIBER_EXISTING("fiber-existing", true),
  /** Wholesale fiber that can be leased per Mbps-month or per fiber pair per year. */
  FIBER_LEASE("fiber-lease", true),
  /** New fiber to build: cost per km times length, plus the option's equipment. */
  FIBER_BUILD("fiber-build", true),
  /** A point-to-point microwave hop. */
  MICROWAVE("microwave", false),
  /** A satellite terminal at a node, straight to the internet (no far end). */
  SATELLITE("satellite", false);

  private final String jsonName;
  private final boolean fiber;

  Technology(String jsonName, boolean fiber) {
    this.jsonName = jsonName;
    this.fiber = fiber;
  }

  public String jsonName() {
    return jsonName;
  }

  public boolean isFiber() {
    return fiber;
  }

  /** Returns the technology with this JSON name, or null when there is none. */
  public static Technology fromJson(String name) {
    for (Technology t : values()) {
      if (t.jsonName.equals(name)) {
        return t;
      }
    }
    return null;
  }
}
