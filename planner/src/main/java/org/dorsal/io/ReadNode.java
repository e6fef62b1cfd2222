package org.dorsal.io;

import org.dorsal.io.LocatedValue.ObjectValue;
import org.dorsal.model.Node;

/** A node as read, with the JSON object it came from (for locating later errors). */
record ReadNode(Node node, ObjectValue source) {}
