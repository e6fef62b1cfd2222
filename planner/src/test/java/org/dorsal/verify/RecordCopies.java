package org.dorsal.verify;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/** Test helper: a copy of a record with one component replaced, for building corruptions. */
public final class RecordCopies {
  private RecordCopies() {}

  @SuppressWarnings("unchecked")
  public static <R extends Record> R with(R record, String component, Object value) {
    try {
      RecordComponent[] components = record.getClass().getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      List<Object> args = new ArrayList<>();
      boolean found = false;
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        if (components[i].getName().equals(component)) {
          args.add(value);
          found = true;
        } else {
          args.add(components[i].getAccessor().invoke(record));
        }
      }
      if (!found) {
        throw new IllegalArgumentException(record.getClass() + " has no component " + component);
      }
      Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
      return (R) canonical.newInstance(args.toArray());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
