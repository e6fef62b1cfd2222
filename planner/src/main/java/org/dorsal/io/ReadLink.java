package org.dorsal.io;

import org.dorsal.io.LocatedValue.ObjectValue;
import org.dorsal.model.Link;

/** A link as read, with the JSON object it came from (for locating later errors). */
record ReadLink(Link link, ObjectValue source) {}
